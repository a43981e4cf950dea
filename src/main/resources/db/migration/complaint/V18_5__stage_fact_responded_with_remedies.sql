-- Whether the remedies a year's responses set were completed by their date (7.3) joins the stages
-- responded to in the year that set remedies with a due date to those remedies. With the complaint
-- and the count of such remedies in the index of the day responded, the stages are found from the
-- index alone and joined through complaint_remedy_by_reference, also read alone (V18_4); before,
-- each of the year's responded stages was read from the table to see whether it set any. It
-- replaces the index on the day and stage, which it serves as well.
drop index stage_fact_by_responded;
create index stage_fact_by_responded on complaint_stage_fact
    (responded_on, stage, remedies_with_due_date, reference);
