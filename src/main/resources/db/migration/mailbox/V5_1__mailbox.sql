-- Every message taken from the complaints mailbox, recorded by its Message-ID in the same
-- transaction as the complaint, correspondence and documents made from it, so that a message is
-- never processed twice and never lost: the whole message is kept, and one that could not be
-- processed stays here as FAILED, visible to staff, until it is retried.
create table mailbox_message (
    id                  uuid          primary key,
    -- SHA-256 of the Message-ID (or of the whole message when it has none): the key that makes a
    -- second delivery of the same message a duplicate.
    message_key         varchar(64)   not null unique,
    message_id          varchar(1000),
    sender              varchar(320),
    subject             varchar(1000),
    sent_at             timestamp with time zone,
    fetched_at          timestamp with time zone not null,
    state               varchar(20)   not null,
    outcome             varchar(30),
    complaint_reference varchar(20),
    attempts            integer       not null,
    last_attempt_at     timestamp with time zone not null,
    failure             varchar(1000),
    raw                 bytea         not null,
    version             bigint        not null
);

create index mailbox_message_by_state on mailbox_message (state, fetched_at);

-- What became of each attachment of a processed message: kept as a document on the complaint,
-- or refused by the document checks, with the reason.
create table mailbox_attachment (
    id           uuid          primary key,
    message      uuid          not null references mailbox_message (id),
    position     integer       not null,
    filename     varchar(255),
    content_type varchar(255),
    size_bytes   bigint        not null,
    document_id  uuid,
    refusal      varchar(500)
);

create index mailbox_attachment_by_message on mailbox_attachment (message, position);
