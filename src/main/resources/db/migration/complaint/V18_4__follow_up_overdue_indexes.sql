-- The overdue remedies and actions are listed by due date, complaint and id, a page at a time. With
-- those in the index, the first page is found among all the overdue ones in the index alone, and
-- only its rows are read from the table. The remedies' index replaces the narrower one on status
-- and due date, which it serves as well.
drop index complaint_remedy_by_status;
create index complaint_remedy_by_status on complaint_remedy (status, due_by, reference, id);
create index complaint_action_open_by_due on complaint_action (completed_at, due_by, reference, id);

-- Whether the remedies a year's responses set were completed by their date (7.3) joins each of those
-- stages to its remedies: with the stage, due date and completion in the index of the complaint,
-- the join reads the index alone. It replaces the index on the complaint alone.
drop index complaint_remedy_by_reference;
create index complaint_remedy_by_reference on complaint_remedy (reference, stage, due_by, completed_at);
