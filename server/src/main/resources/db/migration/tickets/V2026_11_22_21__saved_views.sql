create sequence saved_view_seq start with 1 increment by 50;

-- A custom view: a saved ticket filter, personal (team_id null) or shared with one team.
create table saved_view (
    id         bigint primary key,
    name       varchar(120) not null,
    owner_id   bigint not null references agent (id),
    team_id    bigint references team (id),
    filters    varchar(4000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint not null default 0
);
create index saved_view_owner_idx on saved_view (owner_id);
create index saved_view_team_idx on saved_view (team_id);
