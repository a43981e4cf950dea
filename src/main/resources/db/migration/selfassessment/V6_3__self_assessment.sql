-- Self-assessments against the Complaint Handling Code (8.1a, 8.2-8.4). The provisions' texts are
-- not copied: an edition's texts never change, and each row names its provision by number.
create table self_assessment (
    id                    uuid          primary key,
    edition               varchar(20)   not null,
    period_start          date          not null,
    period_end            date          not null,
    status                varchar(20)   not null,
    carried_from          uuid          references self_assessment (id),
    created_at            timestamp with time zone not null,
    created_by            varchar(64)   not null,
    -- The governing body's approval and response (8.2); set together, once.
    approved_on           date,
    approving_body        varchar(200),
    minute_reference      varchar(100),
    governing_body_response varchar(8000),
    approval_recorded_at  timestamp with time zone,
    approval_recorded_by  varchar(64),
    publication           uuid,
    version               bigint        not null
);

create index self_assessment_by_start on self_assessment (created_at);

-- One row per provision of the edition, each with its own version.
create table self_assessment_provision (
    assessment_id uuid          not null references self_assessment (id),
    number        varchar(8)    not null,
    position      integer       not null,
    comply        varchar(20),
    evidence      varchar(8000),
    -- Addresses of published evidence, one a line.
    links         varchar(10500),
    commentary    varchar(8000),
    action        varchar(4000),
    comply_by     date,
    updated_at    timestamp with time zone,
    updated_by    varchar(64),
    version       bigint        not null,
    primary key (assessment_id, number)
);

-- The record's figures as the governing body saw them on approval. Only ever added.
create table self_assessment_evidence (
    assessment_id uuid          not null references self_assessment (id),
    number        varchar(8)    not null,
    measure       varchar(60)   not null,
    met           bigint        not null,
    out_of        bigint,
    percent       numeric(5,1),
    statement     varchar(1000) not null,
    computed_on   date          not null,
    shortfall     boolean       not null,
    primary key (assessment_id, number, measure)
);

-- A significant restructure (8.3) or an Ombudsman's request (8.4): a new assessment is due until
-- one is started after it was recorded.
create table reassessment_trigger (
    id           uuid          primary key,
    reason       varchar(30)   not null,
    occurred_on  date          not null,
    note         varchar(4000) not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64)   not null,
    met_by       uuid          references self_assessment (id)
);
