-- Each member of staff's notifications of deadline alerts: one per alert and person, read or
-- not, and the state of the email that carries it, retried with backoff until it is sent or the
-- attempts run out.
create table notification (
    id               uuid          primary key,
    recipient        varchar(64)   not null,
    alert_id         uuid          not null,
    kind             varchar(20)   not null,
    reference        varchar(20)   not null,
    deadline         date          not null,
    message          varchar(1000) not null,
    created_at       timestamp with time zone not null,
    read_at          timestamp with time zone,
    email_to         varchar(320),
    email_state      varchar(20)   not null,
    email_attempts   integer       not null,
    next_attempt_at  timestamp with time zone,
    email_failure    varchar(500),
    constraint notification_once_per_alert unique (alert_id, recipient)
);

create index notification_by_recipient on notification (recipient, created_at);
create index notification_email_due on notification (email_state, next_attempt_at);
