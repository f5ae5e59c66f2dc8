create table idempotency_record (
    agent_id      bigint       not null,
    idem_key      varchar(200) not null,
    method        varchar(8)   not null,
    path          varchar(500) not null,
    request_hash  varchar(64)  not null,
    status        integer,
    content_type  varchar(200),
    location      varchar(500),
    etag          varchar(100),
    response_body varchar,
    created_at    timestamp with time zone not null,
    primary key (agent_id, idem_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
