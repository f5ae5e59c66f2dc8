-- Business-hours calendars: a time zone, weekly shifts and holidays (JSON documents, read whole into memory), at most
-- one default calendar for teams without their own.
create sequence business_calendar_seq start with 1 increment by 50;
create table business_calendar (
    id               bigint primary key,
    name             varchar(120) not null,
    description      varchar(1000),
    time_zone        varchar(64) not null,
    default_calendar boolean not null,
    shifts           varchar not null,
    holidays         varchar not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null default 0
);

-- Which calendar a team works by; a team has at most one. Teams belong to identity, so no foreign key to them.
create table business_calendar_team (
    team_id     bigint primary key,
    calendar_id bigint not null references business_calendar (id)
);
create index business_calendar_team_calendar_idx on business_calendar_team (calendar_id);
