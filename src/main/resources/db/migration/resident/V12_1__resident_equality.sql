-- Equality monitoring answers a resident chose to give (Code 3.1, 3.3): one row per characteristic
-- answered, kept apart from the casework record because they are only ever counted, never shown on a
-- complaint. No row means the question was not asked or not answered; PREFER_NOT_TO_SAY is an answer.
create table resident_equality (
    resident_id    uuid        not null references resident (id),
    characteristic varchar(30) not null,
    answer         varchar(30) not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(64) not null,
    primary key (resident_id, characteristic)
);
