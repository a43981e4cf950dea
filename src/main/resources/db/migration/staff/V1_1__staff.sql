-- Staff accounts, their roles and their personal API tokens.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
create table staff (
    username           varchar(64)  primary key,
    name               varchar(200) not null,
    email              varchar(320) not null,
    -- Null means no limit (the bootstrap administrator); financial remedies above it need approval.
    compensation_limit numeric(12, 2),
    password_hash      varchar(255),
    enabled            boolean      not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint       not null
);

create table staff_role (
    username varchar(64) not null references staff (username),
    role     varchar(20) not null,
    primary key (username, role)
);

-- Tokens are random 256-bit secrets, so a SHA-256 digest is enough to store them safely:
-- the secret itself is shown once and never kept.
create table api_token (
    id           uuid         primary key,
    username     varchar(64)  not null references staff (username),
    token_digest varchar(64)  not null unique,
    label        varchar(200) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone
);

create index api_token_username on api_token (username);
