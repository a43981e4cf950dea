-- Exports made in the background: the job, its progress, and the finished file.
create table report_export (
    id            uuid         primary key,
    kind          varchar(20)  not null,
    format        varchar(10)  not null,
    period_from   date         not null,
    period_to     date         not null,
    state         varchar(10)  not null,
    processed     bigint       not null,
    total         bigint       not null,
    requested_by  varchar(64)  not null,
    requested_at  timestamp with time zone not null,
    finished_at   timestamp with time zone,
    failure       text,
    content       bytea
);

create index report_export_by_requested on report_export (requested_at);
