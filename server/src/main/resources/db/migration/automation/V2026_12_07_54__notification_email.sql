-- Email for agent notifications. The preference is owned by the notifications module, the outbox columns by the email
-- channel; created in one migration so that the slice ships one file.

-- An agent's choice: notifications by email or not (no row: yes), and the kinds they do not want by email.
create table agent_notification_setting (
    agent_id      bigint primary key references agent (id),
    email_enabled boolean not null default true,
    muted_kinds   varchar(200) not null default '',
    updated_at    timestamp with time zone not null
);

-- An outbound email to an agent about a notification is not a ticket message: it carries its own bodies.
alter table email_message add column body_text varchar(10000);
alter table email_message add column body_html varchar(20000);
