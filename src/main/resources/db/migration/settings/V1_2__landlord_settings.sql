-- The landlord's settings: one row. The calendar module keeps the UK division.
create table landlord_settings (
    id                integer       primary key,
    name              varchar(200)  not null,
    code_edition      varchar(20)   not null,
    ombudsman_contact varchar(2000) not null,
    primary_colour    varchar(7)    not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)   not null,
    version           bigint        not null,
    constraint landlord_settings_single_row check (id = 1)
);

-- Homes owned or managed, per reporting year (1 April to 31 March), for CH01 and per-1,000 rates.
create table homes_count (
    reporting_year_start integer primary key,
    homes                integer not null check (homes > 0)
);

-- The Ombudsman's published contact details are the default until the landlord changes them.
insert into landlord_settings (id, name, code_edition, ombudsman_contact, primary_colour, updated_at, updated_by, version)
values (1, 'Your landlord', 'HOS-2024',
        'Housing Ombudsman Service' || chr(10) || 'PO Box 152, Liverpool L33 7WQ' || chr(10) ||
        'Telephone: 0300 111 3000' || chr(10) || 'Email: info@housing-ombudsman.org.uk' || chr(10) ||
        'Website: www.housing-ombudsman.org.uk',
        '#1d5c63', timestamp with time zone '2024-04-01 00:00:00+00', 'putright', 0);
