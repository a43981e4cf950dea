-- The reports count a year of stages at a time (about 200,000 at a million complaints) by the day
-- each was started, acknowledged or refused. With every column a report's pass reads in its index,
-- PostgreSQL answers the pass from the index alone instead of visiting each stage's row in the
-- table; each replaces the narrower index on the same day, which it serves as well. Plain
-- composite indexes (no INCLUDE), so that the same migration runs on H2.

-- The dashboard's volumes: by stage, category, channel and month; refused, withdrawn, closed.
drop index stage_fact_by_started;
create index stage_fact_by_started on complaint_stage_fact
    (started_on, stage, category, channel, started_month, refused_on, withdrawn_on, closed_on);

-- Acknowledgements on time, with the definition, and stage 2 handler independence.
drop index stage_fact_by_acknowledged;
create index stage_fact_by_acknowledged on complaint_stage_fact
    (acknowledged_on, stage, acknowledged_on_time, definition_recorded, handler_independent);

-- Refusals by stage and ground, and by what the complaint was about (the annual report).
drop index stage_fact_by_refused;
create index stage_fact_by_refused on complaint_stage_fact (refused_on, stage, refusal_ground, category);
