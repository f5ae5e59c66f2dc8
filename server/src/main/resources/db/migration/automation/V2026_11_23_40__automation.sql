-- ShedLock: each timed automation job (SLA checks, time rules, reminders) runs on one node at a time.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);

create sequence rule_version_seq start with 1 increment by 50;

-- Every saved state of an automation rule (SLA policy, trigger, time rule, macro, calendar, routing setting), so that
-- a lead can see who changed what and roll back to an earlier version.
create table rule_version (
    id         bigint primary key,
    kind       varchar(40) not null,
    rule_id    bigint not null,
    number     integer not null,
    action     varchar(20) not null,
    snapshot   varchar not null,
    actor_type varchar(16) not null,
    actor_id   bigint,
    actor_name varchar(200),
    changed_at timestamp with time zone not null,
    constraint rule_version_number_uq unique (kind, rule_id, number)
);
