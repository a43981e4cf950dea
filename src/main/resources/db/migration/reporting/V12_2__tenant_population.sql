-- The landlord's tenant population profile for a reporting year (e.g. 2024-25), in the groups of
-- the equality monitoring characteristics, so that complainants can be compared with it (3.1, 3.3).
create table tenant_population (
    reporting_year varchar(7)  not null,
    characteristic varchar(30) not null,
    group_code     varchar(30) not null,
    people         bigint      not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(64) not null,
    primary key (reporting_year, characteristic, group_code)
);
