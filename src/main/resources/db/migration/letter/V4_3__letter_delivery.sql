-- Each attempt to deliver an issued letter (by email today), kept as evidence that it went out
-- and when (5.12). Rows are never updated or deleted.
create table letter_delivery (
    id           uuid         primary key,
    letter_id    uuid         not null references letter (id),
    channel      varchar(20)  not null,
    sent_to      varchar(320) not null,
    attempted_at timestamp with time zone not null,
    outcome      varchar(10)  not null,
    detail       varchar(500)
);

create index letter_delivery_by_letter on letter_delivery (letter_id, attempted_at);
