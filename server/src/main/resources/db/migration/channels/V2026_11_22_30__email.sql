create sequence mailbox_seq start with 1 increment by 50;
create sequence inbound_mail_seq start with 1 increment by 50;
create sequence email_message_seq start with 1 increment by 50;

-- One support address: where mail is read (IMAP) and how replies leave (SMTP). Passwords are AES-GCM encrypted.
create table mailbox (
    id                    bigint primary key,
    address               varchar(320) not null,
    display_name          varchar(200),
    team_id               bigint references team (id),
    active                boolean not null default true,
    imap_host             varchar(255),
    imap_port             integer,
    imap_security         varchar(16),
    imap_username         varchar(320),
    imap_password         varchar(1000),
    imap_folder           varchar(200),
    poll_seconds          integer not null default 60,
    imap_uid_validity     bigint,
    imap_last_uid         bigint,
    smtp_host             varchar(255),
    smtp_port             integer,
    smtp_security         varchar(16),
    smtp_username         varchar(320),
    smtp_password         varchar(1000),
    cc_followers          boolean not null default true,
    acknowledge           boolean not null default false,
    ack_subject           varchar(250),
    ack_body              varchar(10000),
    last_polled_at        timestamp with time zone,
    last_error            varchar(2000),
    last_error_at         timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null default 0
);
create unique index mailbox_address_uq on mailbox (address);

-- Every raw message as it arrived, stored before parsing, with what became of it.
create table inbound_mail (
    id                bigint primary key,
    mailbox_id        bigint references mailbox (id),
    source            varchar(16) not null,
    source_ref        varchar(200),
    sha256            varchar(64) not null,
    size              bigint not null,
    received_at       timestamp with time zone not null,
    state             varchar(16) not null,
    outcome           varchar(16),
    header_message_id varchar(998),
    from_address      varchar(320),
    subject           varchar(500),
    ticket_id         bigint references ticket (id),
    message_id        bigint references message (id),
    error             varchar(4000),
    attempts          integer not null default 0,
    processed_at      timestamp with time zone
);
create index inbound_mail_state_idx on inbound_mail (state, received_at);
create index inbound_mail_header_idx on inbound_mail (header_message_id);
create index inbound_mail_ticket_idx on inbound_mail (ticket_id);
create unique index inbound_mail_source_uq on inbound_mail (mailbox_id, source_ref);

-- The email side of a ticket message, both directions: its Message-ID, why an inbound one joined its ticket, and
-- for outbound ones the delivery state of the outbox.
create table email_message (
    id                bigint primary key,
    message_id        bigint references message (id),
    ticket_id         bigint not null references ticket (id),
    direction         varchar(8) not null,
    kind              varchar(16) not null,
    header_message_id varchar(998) not null,
    mailbox_id        bigint references mailbox (id),
    inbound_mail_id   bigint references inbound_mail (id),
    thread_reason     varchar(1000),
    recipients        varchar(4000),
    cc                varchar(4000),
    subject           varchar(1000),
    state             varchar(16) not null,
    attempts          integer not null default 0,
    next_attempt_at   timestamp with time zone,
    last_error        varchar(2000),
    failed_recipient  varchar(320),
    sent_at           timestamp with time zone,
    created_at        timestamp with time zone not null,
    version           bigint not null default 0
);
create index email_message_header_idx on email_message (header_message_id);
create index email_message_message_idx on email_message (message_id);
create index email_message_ticket_idx on email_message (ticket_id, id);
create index email_message_outbox_idx on email_message (state, next_attempt_at);

-- Automatic answers sent per address, for the rate limit that breaks loops with other robots.
create table email_auto_answer (
    address varchar(320) not null,
    sent_at timestamp with time zone not null
);
create index email_auto_answer_idx on email_auto_answer (address, sent_at);
