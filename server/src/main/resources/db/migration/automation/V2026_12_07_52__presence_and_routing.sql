-- Presence and capacity belong to the agent, not to one channel: every channel's routing reads and locks this row
-- (owned by identity; created here with ticket routing so that moving the chat rows happens in one migration).
-- disconnected_at: since when the agent has had no chat console open (the console's grace period).
create table agent_presence (
    agent_id         bigint primary key references agent (id) on delete cascade,
    presence         varchar(16) not null default 'offline',
    ticket_capacity  integer not null default 10,
    chat_capacity    integer not null default 3,
    last_assigned_at timestamp with time zone,
    disconnected_at  timestamp with time zone,
    updated_at       timestamp with time zone not null
);
create index agent_presence_presence_idx on agent_presence (presence);

insert into agent_presence (agent_id, presence, ticket_capacity, chat_capacity, last_assigned_at, disconnected_at,
                            updated_at)
select agent_id, presence, 10, capacity, last_assigned_at, disconnected_at, updated_at
from chat_agent_state;

drop table chat_agent_state;

-- How a team's new tickets find an agent. mode: manual (nobody routes), round_robin, least_loaded.
-- language_rule / product_rule: ignore, prefer or require a match of the requester's language / the ticket's product
-- tags with the agent's skills.
create table routing_setting (
    team_id       bigint primary key references team (id) on delete cascade,
    mode          varchar(16) not null,
    language_rule varchar(16) not null,
    product_rule  varchar(16) not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0
);

-- Tickets routing gave to an agent and that the agent has not yet been relieved of: routing takes them back when the
-- agent goes away before answering. A manual assignment deletes the row, so routing never takes that ticket back.
create table routing_assignment (
    ticket_id   bigint primary key references ticket (id),
    agent_id    bigint not null references agent (id) on delete cascade,
    team_id     bigint not null,
    assigned_at timestamp with time zone not null
);
create index routing_assignment_agent_idx on routing_assignment (agent_id);
