-- Residents, what the landlord must keep in mind when dealing with them, and their representatives.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode. Widths match the API's @Size limits.
create table resident (
    id                uuid         primary key,
    name              varchar(200) not null,
    email             varchar(320),
    email_lower       varchar(320),
    phone             varchar(40),
    address           varchar(500),
    postcode          varchar(10),
    tenancy_reference varchar(50),
    preferred_channel varchar(10)  not null,
    preferred_format  varchar(20)  not null,
    format_language   varchar(100),
    created_at        timestamp with time zone not null,
    created_by        varchar(64)  not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)  not null,
    version           bigint       not null
);

create index resident_tenancy_reference on resident (tenancy_reference);
-- Email is matched ignoring case; H2 has no expression indexes, so the lower-cased address is kept.
create index resident_email on resident (email_lower);

-- The records below are only ever added to: a review continues or ends them (resident_review).
create table resident_adjustment (
    id          uuid          primary key,
    resident_id uuid          not null references resident (id),
    description varchar(2000) not null,
    agreed_at   timestamp with time zone not null,
    review_on   date          not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64)   not null
);

create index resident_adjustment_resident on resident_adjustment (resident_id);

create table resident_disability (
    id           uuid          primary key,
    resident_id  uuid          not null references resident (id),
    description  varchar(2000) not null,
    disclosed_at timestamp with time zone not null,
    review_on    date          not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64)   not null
);

create index resident_disability_resident on resident_disability (resident_id);

create table resident_vulnerability (
    id            uuid          primary key,
    resident_id   uuid          not null references resident (id),
    kind          varchar(20)   not null,
    note          varchar(2000) not null,
    identified_at timestamp with time zone not null,
    review_on     date,
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(64)   not null
);

create index resident_vulnerability_resident on resident_vulnerability (resident_id);

-- Restrictions on contact for unacceptable behaviour (Code 5.14, 5.15): never a bar to complaining.
create table resident_restriction (
    id                      uuid          primary key,
    resident_id             uuid          not null references resident (id),
    reason                  varchar(2000) not null,
    evidence                varchar(2000) not null,
    scope                   varchar(2000) not null,
    equality_considerations varchar(2000),
    starts_on               date          not null,
    review_on               date          not null,
    recorded_at             timestamp with time zone not null,
    recorded_by             varchar(64)   not null,
    constraint resident_restriction_reviewed_after_start check (review_on > starts_on)
);

create index resident_restriction_resident on resident_restriction (resident_id);

-- Reviews of adjustments, disabilities, vulnerability flags and restrictions.
create table resident_review (
    id             uuid          primary key,
    resident_id    uuid          not null references resident (id),
    subject_kind   varchar(20)   not null,
    subject_id     uuid          not null,
    reviewed_at    timestamp with time zone not null,
    reviewed_by    varchar(64)   not null,
    outcome        varchar(20)   not null,
    note           varchar(2000) not null,
    next_review_on date,
    recorded_at    timestamp with time zone not null
);

create index resident_review_resident on resident_review (resident_id);
create index resident_review_subject on resident_review (subject_id, reviewed_at);

-- People acting for a resident, with the authority the resident gave them (Code 1.3, 3.6).
create table representative (
    id                     uuid          primary key,
    resident_id            uuid          not null references resident (id),
    name                   varchar(200)  not null,
    relationship           varchar(100)  not null,
    email                  varchar(320),
    phone                  varchar(40),
    address                varchar(500),
    authority              varchar(2000) not null,
    authority_evidenced_at timestamp with time zone not null,
    expires_on             date,
    recorded_at            timestamp with time zone not null,
    recorded_by            varchar(64)   not null
);

create index representative_resident on representative (resident_id);
