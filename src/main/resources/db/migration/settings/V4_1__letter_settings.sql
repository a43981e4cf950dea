-- What letters need from the landlord (issue 4): its postal address, a logo with its alt text,
-- the role that signs letters, whether letters name individual staff, and how residents ask for
-- stage 2 (6.9 g). The logo is kept here, beside the rest of the brand, and read only by letters.
alter table landlord_settings add column address varchar(500);
alter table landlord_settings add column signature_role varchar(100) default 'Complaints Team' not null;
alter table landlord_settings add column do_not_name_staff boolean default false not null;
alter table landlord_settings add column logo bytea;
alter table landlord_settings add column logo_content_type varchar(50);
alter table landlord_settings add column logo_alt_text varchar(200);
alter table landlord_settings add column escalation_how varchar(1000)
    default 'reply to this letter, email us, phone us or tell any member of our staff, quoting your complaint reference'
    not null;
alter table landlord_settings add column escalation_within_days integer default 20;
