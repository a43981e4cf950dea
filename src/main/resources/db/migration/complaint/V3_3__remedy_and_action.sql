-- Remedies and outstanding actions as lists, for the follow-through views and reports. Like the
-- complaint table these are rewritten from the record after every step; the record is the truth.
create table complaint_remedy (
    id           uuid          primary key,
    reference    varchar(20)   not null references complaint (reference),
    stage        integer       not null,
    remedy_type  varchar(30)   not null,
    description  text          not null,
    amount       numeric(12, 2),
    due_by       date,
    status       varchar(30)   not null,
    approved_by  varchar(64),
    approved_at  timestamp with time zone,
    completed_at timestamp with time zone
);

create index complaint_remedy_by_status on complaint_remedy (status, due_by);
create index complaint_remedy_by_reference on complaint_remedy (reference);

create table complaint_action (
    id           uuid         primary key,
    reference    varchar(20)  not null references complaint (reference),
    stage        integer      not null,
    description  text         not null,
    owner        varchar(64)  not null,
    due_by       date         not null,
    completed_at timestamp with time zone
);

create index complaint_action_by_owner on complaint_action (owner, completed_at, due_by);
create index complaint_action_by_reference on complaint_action (reference);
