create sequence organization_seq start with 1 increment by 50;
create sequence customer_seq start with 1 increment by 50;
create sequence customer_identity_seq start with 1 increment by 50;
create sequence customer_note_seq start with 1 increment by 50;

create table organization (
    id                 bigint primary key,
    name               varchar(200) not null,
    account_manager_id bigint references agent (id),
    tier               varchar(16) not null,
    notes              varchar(10000),
    merged_into_id     bigint references organization (id),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint not null default 0
);

create table organization_domain (
    organization_id bigint not null references organization (id) on delete cascade,
    domain          varchar(253) not null,
    primary key (organization_id, domain)
);
create unique index organization_domain_uq on organization_domain (domain);

create table customer (
    id              bigint primary key,
    name            varchar(200) not null,
    language        varchar(35),
    time_zone       varchar(64),
    organization_id bigint references organization (id),
    custom_fields   varchar,
    merged_into_id  bigint references customer (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null default 0
);
create index customer_organization_idx on customer (organization_id);

create table customer_identity (
    id          bigint primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    kind        varchar(16)  not null,
    identity_value varchar(320) not null,
    normalized  varchar(320) not null
);
create unique index customer_identity_uq on customer_identity (kind, normalized);
create index customer_identity_customer_idx on customer_identity (customer_id);

create table customer_tag (
    customer_id bigint not null references customer (id) on delete cascade,
    tag         varchar(64) not null,
    primary key (customer_id, tag)
);

create table customer_note (
    id          bigint primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    author_id   bigint,
    author_name varchar(200),
    body        varchar(20000) not null,
    created_at  timestamp with time zone not null
);
create index customer_note_customer_idx on customer_note (customer_id);
