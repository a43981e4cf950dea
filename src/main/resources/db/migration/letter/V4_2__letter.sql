-- Every letter issued on a complaint, kept whole as issued (5.12): the accessible HTML, the tagged
-- PDF and the PDF's SHA-256, with who it went to and how. Rows are never updated or deleted.
create table letter (
    id                uuid          primary key,
    reference         varchar(20)   not null references complaint (reference),
    letter_type       varchar(30)   not null,
    stage             integer       not null,
    -- The step of the complaint's record that issued it; null for none (an update letter follows
    -- the correspondence it records).
    event_sequence    integer,
    issued_at         timestamp with time zone not null,
    recorded_at       timestamp with time zone not null,
    issued_by         varchar(64)   not null,
    recipient_name    varchar(200)  not null,
    recipient_address varchar(520),
    recipient_email   varchar(320),
    recipient_channel varchar(20)   not null,
    recipient_format  varchar(20)   not null,
    on_behalf_of      varchar(200),
    large_print       boolean       not null,
    reading_age       numeric(5,1)  not null,
    reading_ease      numeric(6,1)  not null,
    html              text          not null,
    pdf               bytea         not null,
    sha256            varchar(64)   not null
);

create index letter_by_complaint on letter (reference, issued_at);

-- The landlord's own letter templates. A type with no row uses the shipped default, so a landlord
-- who has not changed a template gets improvements to the default.
create table letter_template (
    letter_type varchar(30)  primary key,
    body        text         not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)  not null,
    version     bigint       not null
);
