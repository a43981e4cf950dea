-- The landlord's settings: one row. Division lives with the calendar module.
create table landlord_settings (
    id                    integer      primary key,
    name                  varchar(200) not null,
    code_edition          varchar(20)  not null,
    ombudsman_contact     varchar(2000) not null,
    updated_at            timestamp with time zone not null,
    updated_by            varchar(64)  not null,
    version               bigint       not null,
    constraint landlord_settings_single_row check (id = 1)
);

-- Homes owned or managed, per reporting year (1 April to 31 March), for CH01 and per-1,000 rates.
create table homes_count (
    reporting_year_start integer primary key,
    homes                integer not null check (homes > 0)
);
