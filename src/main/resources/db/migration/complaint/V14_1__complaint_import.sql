-- Complaints taken in from a landlord's previous system, each under the key it had there (its
-- legacy reference), so that importing the same file again adds nothing twice.
create table complaint_import (
    import_key  varchar(100) primary key,
    reference   varchar(20)  not null references complaint (reference),
    imported_at timestamp with time zone not null
);

create unique index complaint_import_by_reference on complaint_import (reference);
