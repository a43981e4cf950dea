-- Idempotency-Key (API.md): a repeated POST with the same key and body returns the first result
-- and creates nothing new. status_code 0 marks a request still being processed.
create table idempotent_request (
    actor        varchar(64)  not null,
    request_key  varchar(200) not null,
    request_hash varchar(64)  not null,
    status_code  integer      not null,
    location     varchar(300),
    etag         varchar(100),
    body         text         not null,
    created_at   timestamp with time zone not null,
    primary key (actor, request_key)
);
