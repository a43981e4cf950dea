-- A year's reports read about 200,000 stages by the day they were started or responded to. The
-- portable indexes of V18_3 and V18_5 hold the columns the dashboard's started pass and the 7.3
-- remedies join read; the self-assessment evidence's started pass (acknowledgements, extensions,
-- records complete) and every responded pass (TSM, dashboard, annual report, evidence) still
-- visited each stage's row in the table: half a second each at a million complaints, where a pass
-- read from an index alone takes a tenth of that. PostgreSQL can carry those columns in the index
-- without ordering by them (INCLUDE); H2 cannot, and keeps the indexes of V18_3 and V18_5.
drop index stage_fact_by_started;
create index stage_fact_by_started on complaint_stage_fact
    (started_on, stage, category, channel, started_month)
    include (refused_on, withdrawn_on, closed_on,
             acknowledged_on, acknowledged_on_time, definition_recorded, handler_independent,
             extension_count, extension_working_days, extensions_notified_in_time, extensions_within_cap,
             responded_at, response_letter_issued, refused_at, refusal_letter_issued);

drop index stage_fact_by_responded;
create index stage_fact_by_responded on complaint_stage_fact
    (responded_on, stage, remedies_with_due_date, reference)
    include (responded_month, responded_on_time, within_timescale, decision, response_letter_issued,
             extension_count, extension_working_days, extensions_notified_in_time, extensions_within_cap,
             remedies, financial_remedies, compensation_offered, compensation_paid,
             remedies_completed, remedies_completed_on_time, actions, actions_completed,
             actions_completed_on_time);

-- The evidence's extended stages (6.5, 6.16), a page at a time in the order of the day started:
-- about one stage in ten, so a partial index holds just them.
create index stage_fact_extended_by_started on complaint_stage_fact (started_on, reference, stage)
    include (extension_count) where extension_count > 0;
