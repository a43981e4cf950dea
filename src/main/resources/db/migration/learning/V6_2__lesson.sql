-- Lessons learned from complaints and the service improvements they led to (Code 9.1-9.3, 8.1d).
create table lesson (
    id           uuid          primary key,
    lesson       varchar(4000) not null,
    -- What residents told us, in words fit for the public "you said, we did" list: no personal data.
    you_said     varchar(1000) not null,
    improvement  varchar(4000) not null,
    category     varchar(50),
    owner        varchar(64)   not null,
    status       varchar(20)   not null,
    -- The day the improvement was made: set once it is DONE.
    made_on      date,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64)   not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(64)   not null,
    version      bigint        not null
);

create index lesson_by_status on lesson (status, made_on);

-- The complaints a lesson was learned from, by reference.
create table lesson_complaint (
    lesson_id           uuid        not null references lesson (id),
    complaint_reference varchar(40) not null,
    primary key (lesson_id, complaint_reference)
);

create index lesson_complaint_by_reference on lesson_complaint (complaint_reference);
