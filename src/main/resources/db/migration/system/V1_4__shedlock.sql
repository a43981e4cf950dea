-- ShedLock: scheduled jobs take this lock so that, with several instances on one database, each
-- run happens once.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
