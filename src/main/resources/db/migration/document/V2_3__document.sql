-- Documents on the record, stored whole with their checksum. Rows are never updated or deleted.
create table document (
    id           uuid         primary key,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(64)  not null,
    content      bytea        not null
);
