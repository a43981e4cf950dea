-- The self-assessment's started pass counts the extensions with their letters from the stage facts
-- (V18_7), so the index of the day started carries that column too and the pass stays in the index
-- alone. The partial index of extended stages served the page-at-a-time reading of those stages'
-- letters, which the column replaces.
drop index stage_fact_by_started;
create index stage_fact_by_started on complaint_stage_fact
    (started_on, stage, category, channel, started_month)
    include (refused_on, withdrawn_on, closed_on,
             acknowledged_on, acknowledged_on_time, definition_recorded, handler_independent,
             extension_count, extension_working_days, extensions_notified_in_time, extensions_within_cap,
             extension_letters_issued,
             responded_at, response_letter_issued, refused_at, refusal_letter_issued);

drop index stage_fact_extended_by_started;
