create sequence audit_record_seq start with 1 increment by 50;

create table audit_record (
    id          bigint primary key,
    at          timestamp with time zone not null,
    actor_type  varchar(16) not null,
    actor_id    bigint,
    actor_name  varchar(200),
    entity_type varchar(40) not null,
    entity_id   varchar(64) not null,
    action      varchar(40) not null,
    details     varchar
);
create index audit_record_entity_idx on audit_record (entity_type, entity_id, id);
