-- UK GDPR (ADR 0011). The retention policy: how many years after a complaint ends its personal
-- data is kept (one row; six years unless the landlord sets otherwise).
create table retention_policy (
    id          integer      primary key,
    years       integer      not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)  not null,
    constraint retention_policy_single check (id = 1),
    constraint retention_policy_years check (years between 1 and 100)
);

insert into retention_policy (id, years, updated_at, updated_by) values (1, 6, current_timestamp, 'putright');

-- What was done with residents' personal data and why: retention runs, subject access exports,
-- erasures carried out and erasures refused. Only ever appended.
create table privacy_audit (
    id            uuid          primary key,
    at            timestamp with time zone not null,
    by_whom       varchar(64)   not null,
    action        varchar(30)   not null,
    resident_id   uuid,
    reference     varchar(20),
    detail        varchar(4000) not null
);

create index privacy_audit_by_resident on privacy_audit (resident_id, at);
create index privacy_audit_by_time on privacy_audit (at);
