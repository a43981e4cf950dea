-- Complaints referred to the Housing Ombudsman, and what the Ombudsman asked, found and ordered.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode. Widths match the API's @Size limits.

create table ombudsman_case (
    id                  uuid          primary key,
    complaint_reference varchar(20)   not null,
    hos_reference       varchar(40)   not null unique,
    referred_on         date          not null,
    referral_note       varchar(2000),
    determined_on       date,
    created_at          timestamp with time zone not null,
    created_by          varchar(64)   not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)   not null,
    version             bigint        not null
);

create index ombudsman_case_complaint on ombudsman_case (complaint_reference);

create table ombudsman_evidence_request (
    id                uuid          primary key,
    ombudsman_case_id uuid          not null references ombudsman_case (id),
    position          integer       not null,
    description       varchar(2000) not null,
    requested_on      date          not null,
    due_on            date          not null,
    sent_on           date
);

create table ombudsman_element_finding (
    ombudsman_case_id uuid         not null references ombudsman_case (id),
    position          integer      not null,
    element           varchar(500) not null,
    finding           varchar(30)  not null,
    primary key (ombudsman_case_id, position)
);

-- Orders, recommendations and complaint handling failure orders, each with its evidence of compliance.
create table ombudsman_order (
    id                    uuid          primary key,
    ombudsman_case_id     uuid          not null references ombudsman_case (id),
    position              integer       not null,
    kind                  varchar(40)   not null,
    description           varchar(2000) not null,
    made_on               date          not null,
    due_on                date          not null,
    complied_on           date,
    compliance_evidence   varchar(4000),
    compliance_document   uuid,
    compliance_recorded_at timestamp with time zone,
    compliance_recorded_by varchar(64)
);
