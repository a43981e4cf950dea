-- Complaints. The record is complaint_event: append-only, one row per event, in order (5.12).
-- complaint is the current state of each complaint for lists and reports, rewritten from the
-- record after every step; it is never the source of truth.

create sequence complaint_serial start with 1;

create table complaint (
    reference      varchar(20)  primary key,
    version        integer      not null,
    status         varchar(30)  not null,
    stage          integer      not null,
    received_at    timestamp with time zone not null,
    channel        varchar(20)  not null,
    resident_id    uuid         not null,
    category       varchar(50),
    handler        varchar(64),
    -- The deadline of the step now due; null when nothing is due. Recomputed when the calendar
    -- or the Code edition changes.
    next_deadline  date,
    acknowledge_by date,
    respond_by     date,
    -- When the resident is next due an update under an agreed interval (5.9).
    next_update_by date,
    updated_at     timestamp with time zone not null
);

create index complaint_by_next_deadline on complaint (next_deadline, reference);
create index complaint_by_status on complaint (status, next_deadline);
create index complaint_by_handler on complaint (handler, next_deadline);
create index complaint_by_resident on complaint (resident_id);

create table complaint_event (
    reference   varchar(20)  not null references complaint (reference),
    sequence    integer      not null,
    event_type  varchar(60)  not null,
    occurred_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64)  not null,
    payload     text         not null,
    primary key (reference, sequence)
);
