create sequence chat_widget_seq start with 1 increment by 50;
create sequence chat_conversation_seq start with 1 increment by 50;
create sequence chat_message_seq start with 1 increment by 50;

-- A chat launcher for one or more websites: which origins may embed it, which team answers, what it says.
create table chat_widget (
    id               bigint primary key,
    widget_key       varchar(40) not null,
    name             varchar(200) not null,
    team_id          bigint references team (id),
    allowed_origins  varchar(4000) not null default '',
    greeting         varchar(1000),
    offline_message  varchar(1000),
    color            varchar(16) not null default '#2563eb',
    language         varchar(16) not null default 'en',
    prechat_fields   varchar(4000) not null default '',
    identity_secret  varchar(1000),
    active           boolean not null default true,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null default 0
);
create unique index chat_widget_key_uq on chat_widget (widget_key);

-- One chat: a visitor, the ticket that records it, and where it stands in the queue.
create table chat_conversation (
    id               bigint primary key,
    widget_id        bigint not null references chat_widget (id),
    visitor_id       varchar(40) not null,
    customer_id      bigint not null,
    ticket_id        bigint not null,
    team_id          bigint,
    language         varchar(16),
    state            varchar(16) not null,
    agent_id         bigint,
    queued_at        timestamp with time zone not null,
    assigned_at      timestamp with time zone,
    ended_at         timestamp with time zone,
    last_seq         bigint not null default 0,
    visitor_read_seq bigint not null default 0,
    agent_read_seq   bigint not null default 0,
    page_url         varchar(2000),
    version          bigint not null default 0
);
create index chat_conversation_visitor_idx on chat_conversation (visitor_id);
create index chat_conversation_customer_idx on chat_conversation (customer_id);
create index chat_conversation_queue_idx on chat_conversation (state, queued_at);
create index chat_conversation_agent_idx on chat_conversation (agent_id, state);
create index chat_conversation_ticket_idx on chat_conversation (ticket_id);

-- What was said in a chat, in order (seq), each once (client_message_id); message_id is the ticket's message.
create table chat_message (
    id                bigint primary key,
    conversation_id   bigint not null references chat_conversation (id),
    seq               bigint not null,
    client_message_id varchar(64) not null,
    message_id        bigint,
    author_type       varchar(16) not null,
    author_id         bigint,
    author_name       varchar(200),
    internal          boolean not null default false,
    body              varchar(20000) not null,
    attachments       varchar(8000),
    created_at        timestamp with time zone not null
);
create unique index chat_message_seq_uq on chat_message (conversation_id, seq);
create unique index chat_message_client_uq on chat_message (conversation_id, client_message_id);

-- Whether an agent takes chats now, and how many at once.
create table chat_agent_state (
    agent_id         bigint primary key references agent (id) on delete cascade,
    presence         varchar(16) not null default 'offline',
    capacity         integer not null default 3,
    last_assigned_at timestamp with time zone,
    disconnected_at  timestamp with time zone,
    updated_at       timestamp with time zone not null
);

create sequence chat_canned_seq start with 1 increment by 50;

-- Canned responses agents insert in the chat console; {{visitor.name}} and {{agent.name}} are filled in there.
create table chat_canned_response (
    id         bigint primary key,
    title      varchar(100) not null,
    body       varchar(4000) not null,
    created_at timestamp with time zone not null
);
