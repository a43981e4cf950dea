-- Alerts raised when a complaint's deadline is due within two working days or has passed.
-- One alert per complaint, kind and deadline: raising it again changes nothing.
create table deadline_alert (
    id           uuid         primary key,
    reference    varchar(20)  not null references complaint (reference),
    kind         varchar(20)  not null,
    deadline     date         not null,
    handler      varchar(64),
    raised_at    timestamp with time zone not null,
    dismissed_at timestamp with time zone,
    dismissed_by varchar(64),
    constraint deadline_alert_once unique (reference, kind, deadline)
);

create index deadline_alert_by_handler on deadline_alert (handler, dismissed_at);
