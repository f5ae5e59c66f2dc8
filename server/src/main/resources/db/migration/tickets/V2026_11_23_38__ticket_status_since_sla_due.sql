-- When a ticket entered its current status (time rules: "pending for three days") and when its next SLA target falls
-- due (kept by the automation module; views show and sort by it).
alter table ticket add column status_changed_at timestamp with time zone;
alter table ticket add column sla_due_at timestamp with time zone;
update ticket set status_changed_at = coalesce(closed_at, solved_at, updated_at);
create index ticket_status_since_idx on ticket (status, status_changed_at, id);
create index ticket_sla_due_idx on ticket (sla_due_at, id);
