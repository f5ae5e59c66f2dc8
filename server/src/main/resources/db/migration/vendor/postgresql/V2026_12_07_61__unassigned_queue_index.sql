-- "Unassigned in my teams": the team's waiting tickets nobody has taken, newest first (by last change in the workspace,
-- by creation in the API's default order). Partial indexes hold exactly those (a few percent of the table), in those
-- orders, so a page and its count read only what they show. The general indexes leave the planner guessing:
-- unassigned tickets are almost all new and recent, which its statistics cannot tell, and it combined two large
-- bitmaps or sorted a whole team instead (8-80 ms at 1M tickets). H2 has no partial indexes; its folder (vendor/h2)
-- holds none of this.
create index ticket_unassigned_active_idx on ticket (team_id, updated_at, id)
    where assignee_id is null and status in ('NEW', 'OPEN', 'PENDING', 'ON_HOLD');
create index ticket_unassigned_active_created_idx on ticket (team_id, created_at, id)
    where assignee_id is null and status in ('NEW', 'OPEN', 'PENDING', 'ON_HOLD');
