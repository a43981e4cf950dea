-- The landlord's working-day calendar: which UK division's bank holidays apply, bank holidays
-- announced after release, and the landlord's own closure days.
create table calendar_setting (
    id       integer     primary key,
    division varchar(30) not null,
    -- Bumped on every change to the calendar, so that other instances know to reload it.
    version  bigint      not null,
    constraint calendar_setting_single_row check (id = 1)
);

create table non_working_day (
    on_day     date         not null,
    kind       varchar(30)  not null,
    -- ALL for closure days (they apply whatever the division); the division for bank holidays.
    division   varchar(30)  not null,
    name       varchar(200) not null,
    created_at timestamp with time zone not null,
    created_by varchar(64)  not null,
    primary key (on_day, kind, division)
);

insert into calendar_setting (id, division, version) values (1, 'ENGLAND_AND_WALES', 0);
