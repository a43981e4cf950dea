-- Documents the landlord publishes for residents and the public on its reports page: the
-- self-assessment with the governing body's response (Code 8.2), and later the annual complaints
-- performance and service improvement report (8.1). Each is kept exactly as published.
create table published_document (
    id            uuid          primary key,
    kind          varchar(30)   not null,
    -- The record it was published from (an assessment's id): one publication each.
    source_id     uuid          not null,
    title         varchar(300)  not null,
    period_start  date          not null,
    period_end    date          not null,
    published_at  timestamp with time zone not null,
    published_by  varchar(64)   not null,
    html          text          not null,
    pdf           bytea         not null,
    docx          bytea         not null,
    unique (kind, source_id)
);

create index published_document_by_date on published_document (published_at);
