-- The facts of each stage of each complaint that reports and the self-assessment count: one row
-- per complaint per stage reached, rewritten from the record in the same transaction as every
-- step (and when the calendar or Code edition moves a deadline). Like the complaint table it is
-- derived, never the source of truth. Days are Europe/London days; *_month is yyyymm of that day,
-- so that month-by-month figures group on a plain integer on every database.
create table complaint_stage_fact (
    reference                     varchar(20)  not null references complaint (reference),
    stage                         integer      not null,
    channel                       varchar(20)  not null,
    category                      varchar(50),
    resident_id                   uuid         not null,
    handler                       varchar(64),
    -- stage 1: the complaint received; stage 2: the escalation requested
    started_at                    timestamp with time zone not null,
    started_on                    date         not null,
    started_month                 integer      not null,
    acknowledge_by                date         not null,
    acknowledged_at               timestamp with time zone,
    acknowledged_on               date,
    acknowledged_on_time          boolean,
    definition_recorded           boolean      not null,
    respond_by_original           date,
    respond_by                    date,
    -- the response deadline moved only by extensions the Code allows (6.4, 6.15): CH02 times against it
    respond_by_allowed            date,
    extension_count               integer      not null,
    extension_working_days        integer      not null,
    extensions_notified_in_time   boolean      not null,
    extensions_within_cap         boolean      not null,
    responded_at                  timestamp with time zone,
    responded_on                  date,
    responded_month               integer,
    responded_on_time             boolean,
    within_timescale              boolean      not null,
    decision                      varchar(20),
    response_letter_issued        boolean      not null,
    refused_at                    timestamp with time zone,
    refused_on                    date,
    refusal_ground                varchar(30),
    refusal_reasons_given         boolean,
    refusal_letter_issued         boolean,
    withdrawn_at                  timestamp with time zone,
    withdrawn_on                  date,
    closed_at                     timestamp with time zone,
    closed_on                     date,
    -- stage 2 only, once acknowledged: nobody who handled stage 1 handled stage 2 (6.13)
    handler_independent           boolean,
    remedies                      integer      not null,
    financial_remedies            integer      not null,
    compensation_offered          numeric(14, 2) not null,
    compensation_paid             numeric(14, 2) not null,
    remedies_with_due_date        integer      not null,
    remedies_completed            integer      not null,
    remedies_completed_on_time    integer      not null,
    actions                       integer      not null,
    actions_completed             integer      not null,
    actions_completed_on_time     integer      not null,
    primary key (reference, stage)
);

create index stage_fact_by_started on complaint_stage_fact (started_on, stage);
create index stage_fact_by_responded on complaint_stage_fact (responded_on, stage);
create index stage_fact_by_acknowledged on complaint_stage_fact (acknowledged_on, stage);
create index stage_fact_by_refused on complaint_stage_fact (refused_on, stage);
create index stage_fact_by_respond_by on complaint_stage_fact (respond_by);
create index stage_fact_by_acknowledge_by on complaint_stage_fact (acknowledge_by);
