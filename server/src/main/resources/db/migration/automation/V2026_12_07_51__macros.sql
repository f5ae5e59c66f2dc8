-- Macros: canned replies or notes with placeholders plus field changes, applied by an agent in one click. A personal
-- macro belongs to its owner alone, a team macro to the members of its team, a shared macro to everyone. Actions are
-- a JSON list in the trigger action vocabulary (set, add_tags, remove_tags). usage_count and last_used_at are written
-- with a plain UPDATE when a macro is applied, so that using a macro never bumps its version.
create sequence macro_seq start with 1 increment by 50;
create table macro (
    id           bigint primary key,
    title        varchar(120) not null,
    description  varchar(1000),
    scope        varchar(10) not null,
    owner_id     bigint,
    team_id      bigint,
    visibility   varchar(10) not null,
    body         varchar,
    actions      varchar not null,
    active       boolean not null,
    position     integer not null,
    usage_count  bigint not null default 0,
    last_used_at timestamp with time zone,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null default 0
);
create index macro_scope_idx on macro (scope, owner_id);
create index macro_team_idx on macro (team_id);
