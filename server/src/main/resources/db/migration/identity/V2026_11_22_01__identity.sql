create sequence agent_seq start with 1 increment by 50;
create sequence team_seq start with 1 increment by 50;
create sequence api_token_seq start with 1 increment by 50;

create table team (
    id          bigint primary key,
    name        varchar(120) not null,
    kind        varchar(32)  not null,
    description varchar(1000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create unique index team_name_uq on team (name);

create table agent (
    id            bigint primary key,
    name          varchar(200) not null,
    email         varchar(320) not null,
    password_hash varchar(200),
    role          varchar(16)  not null,
    tier          integer      not null check (tier between 1 and 3),
    active        boolean      not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create unique index agent_email_uq on agent (email);

create table agent_skill (
    agent_id    bigint not null references agent (id) on delete cascade,
    kind        varchar(32) not null,
    skill_value varchar(64) not null,
    primary key (agent_id, kind, skill_value)
);

create table team_member (
    agent_id bigint not null references agent (id) on delete cascade,
    team_id  bigint not null references team (id) on delete cascade,
    primary key (agent_id, team_id)
);
create index team_member_team_idx on team_member (team_id);

create table api_token (
    id           bigint primary key,
    agent_id     bigint not null references agent (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(16)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index api_token_hash_uq on api_token (token_hash);
create index api_token_agent_idx on api_token (agent_id);
