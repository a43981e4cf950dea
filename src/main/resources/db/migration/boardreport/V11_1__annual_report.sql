-- The annual complaints performance and service improvement report of each reporting year (Code
-- 8.1, 8.2): the complaints team's commentary, the governing body's response, and the report as the
-- body responded to it, kept so that what is published is what the body read. Years nobody has
-- written anything for have no row: their report is worked out from the record.
create table annual_report (
    -- The reporting year by its first calendar year: 2025 is 1 April 2025 to 31 March 2026.
    year_start        integer       primary key,
    commentary        text,
    responded_on      date,
    response_body     varchar(200),
    minute_reference  varchar(100),
    response          text,
    responded_at      timestamp with time zone,
    responded_by      varchar(64),
    -- The report's content (JSON) when the governing body responded; null while it is a draft.
    content           text,
    publication       uuid,
    updated_at        timestamp with time zone,
    updated_by        varchar(64),
    version           bigint        not null
);

-- Reports and letters the Housing Ombudsman published about the landlord (8.1e, 8.1f).
create table ombudsman_report (
    id            uuid          primary key,
    kind          varchar(30)   not null,
    title         varchar(300)  not null,
    published_on  date          not null,
    summary       text          not null,
    link          varchar(500),
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(64)   not null
);

create index ombudsman_report_by_date on ombudsman_report (published_on);
