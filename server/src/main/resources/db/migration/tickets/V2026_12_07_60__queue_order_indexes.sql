-- "My tickets" lists an agent's tickets by their last update. Without an index in that order, the database walked the
-- whole table's update order and filtered (22,000 rows read for a 50-row page at 1M tickets); with this one it reads
-- the agent's tickets newest first and stops after the page. (The unassigned queue of a team has its own index on
-- PostgreSQL: vendor/postgresql.)
create index ticket_assignee_updated_idx on ticket (assignee_id, updated_at, id);
