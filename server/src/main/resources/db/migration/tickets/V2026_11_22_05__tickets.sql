create sequence ticket_seq start with 1 increment by 50;
create sequence message_seq start with 1 increment by 50;
create sequence attachment_seq start with 1 increment by 50;
create sequence ticket_event_seq start with 1 increment by 50;
create sequence ticket_link_seq start with 1 increment by 50;
create sequence ticket_field_seq start with 1 increment by 50;

create table ticket (
    id                       bigint primary key,
    subject                  varchar(250) not null,
    requester_id             bigint not null references customer (id),
    organization_id          bigint references organization (id),
    channel                  varchar(16) not null,
    status                   varchar(16) not null,
    priority                 varchar(16) not null,
    type                     varchar(16),
    assignee_id              bigint references agent (id),
    team_id                  bigint references team (id),
    custom_fields            varchar,
    merged_into_id           bigint references ticket (id),
    follow_up_of_id          bigint references ticket (id),
    message_count            integer not null default 0,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    solved_at                timestamp with time zone,
    closed_at                timestamp with time zone,
    last_customer_message_at timestamp with time zone,
    last_agent_reply_at      timestamp with time zone,
    version                  bigint not null default 0
);
create index ticket_created_idx on ticket (created_at, id);
create index ticket_updated_idx on ticket (updated_at, id);
create index ticket_status_created_idx on ticket (status, created_at, id);
create index ticket_assignee_status_idx on ticket (assignee_id, status, created_at);
create index ticket_team_status_idx on ticket (team_id, status, created_at);
create index ticket_requester_idx on ticket (requester_id, created_at);
create index ticket_organization_idx on ticket (organization_id, created_at);

create table ticket_tag (
    ticket_id bigint not null references ticket (id) on delete cascade,
    tag       varchar(64) not null,
    primary key (ticket_id, tag)
);
create index ticket_tag_tag_idx on ticket_tag (tag, ticket_id);

create table ticket_follower (
    ticket_id bigint not null references ticket (id) on delete cascade,
    agent_id  bigint not null references agent (id),
    primary key (ticket_id, agent_id)
);

create table attachment (
    id             bigint primary key,
    sha256         varchar(64)  not null,
    filename       varchar(255) not null,
    content_type   varchar(200) not null,
    size           bigint       not null,
    uploaded_by_id bigint,
    created_at     timestamp with time zone not null
);

create table message (
    id          bigint primary key,
    ticket_id   bigint not null references ticket (id),
    visibility  varchar(16) not null,
    author_type varchar(16) not null,
    author_id   bigint,
    author_name varchar(200),
    channel     varchar(16) not null,
    body_text   varchar not null,
    body_html   varchar,
    created_at  timestamp with time zone not null
);
create index message_ticket_idx on message (ticket_id, id);
create index message_created_idx on message (created_at, id);

create table message_attachment (
    message_id    bigint  not null references message (id) on delete cascade,
    attachment_id bigint  not null references attachment (id),
    position      integer not null,
    primary key (message_id, position)
);

create table ticket_event (
    id         bigint primary key,
    ticket_id  bigint not null references ticket (id),
    at         timestamp with time zone not null,
    actor_type varchar(16) not null,
    actor_id   bigint,
    actor_name varchar(200),
    kind       varchar(32) not null,
    field      varchar(100),
    from_value varchar(2000),
    to_value   varchar(2000)
);
create index ticket_event_ticket_idx on ticket_event (ticket_id, id);
create index ticket_event_at_idx on ticket_event (at);

create table ticket_link (
    id         bigint primary key,
    ticket_id  bigint not null references ticket (id),
    other_id   bigint not null references ticket (id),
    kind       varchar(16) not null,
    created_at timestamp with time zone not null
);
create index ticket_link_ticket_idx on ticket_link (ticket_id);
create index ticket_link_other_idx on ticket_link (other_id);

create table ticket_field (
    id                bigint primary key,
    field_key         varchar(64)  not null,
    label             varchar(120) not null,
    type              varchar(16)  not null,
    options           varchar,
    required_to_solve boolean not null default false,
    active            boolean not null default true,
    position          integer not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null default 0
);
create unique index ticket_field_key_uq on ticket_field (field_key);
