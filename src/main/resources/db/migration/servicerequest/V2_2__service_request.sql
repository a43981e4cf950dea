-- Service requests (Code 1.4) and the complaints raised about them (1.5).
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode. Widths match the API's @Size limits.

-- One row per year: references run SR-2026-000001, SR-2026-000002, ... The row is locked by the
-- update that draws a number, so concurrent requests take turns and never share one.
create table service_request_counter (
    for_year    integer primary key,
    last_number bigint  not null
);

create table service_request (
    id                  uuid          primary key,
    reference           varchar(20)   not null unique,
    resident_id         uuid          not null references resident (id),
    category            varchar(50)   not null,
    description         varchar(4000) not null,
    received_at         timestamp with time zone not null,
    channel             varchar(20)   not null,
    status              varchar(20)   not null,
    target_on           date,
    completed_at        timestamp with time zone,
    completion_note     varchar(4000),
    cancelled_at        timestamp with time zone,
    cancellation_reason varchar(4000),
    created_at          timestamp with time zone not null,
    created_by          varchar(64)   not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)   not null,
    version             bigint        not null
);

create index service_request_resident on service_request (resident_id);
create index service_request_status on service_request (status, received_at);

-- Progress notes: only ever added.
create table service_request_update (
    id                 uuid          primary key,
    service_request_id uuid          not null references service_request (id),
    happened_at        timestamp with time zone not null,
    recorded_by        varchar(64)   not null,
    note               varchar(4000) not null,
    new_status         varchar(20),
    recorded_at        timestamp with time zone not null
);

create index service_request_update_request on service_request_update (service_request_id);

-- Reviews (1.4: reviewed regularly): only ever added.
create table service_request_review (
    id                 uuid          primary key,
    service_request_id uuid          not null references service_request (id),
    reviewed_at        timestamp with time zone not null,
    reviewed_by        varchar(64)   not null,
    note               varchar(4000) not null,
    recorded_at        timestamp with time zone not null
);

create index service_request_review_request on service_request_review (service_request_id, reviewed_at);

-- Complaints raised about a request; linking one never changes the request (1.5).
create table service_request_complaint (
    service_request_id  uuid        not null references service_request (id),
    complaint_reference varchar(40) not null,
    linked_at           timestamp with time zone not null,
    linked_by           varchar(64),
    recorded_at         timestamp with time zone not null,
    primary key (service_request_id, complaint_reference)
);

create index service_request_complaint_reference on service_request_complaint (complaint_reference);
