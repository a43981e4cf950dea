-- The annual figures Putright computes as the self-assessment's system evidence for one period
-- (5.6, 5.12, 6.2-6.5, 6.11-6.16, 7.3), written by hand: each figure an aggregate in the database,
-- one pass per day index over the stage facts, which hold what each stage's letters and remedies
-- show; only the remedies still open and not yet due are looked up in their own table.

-- Stages started in the period: records complete (5.12), acknowledged on time, extensions within
-- the cap, notified in time (6.2, 6.4, 6.11, 6.15) and with the Ombudsman's details, an extension
-- letter for each extension (6.5, 6.16), by stage.
select stage,
       count(*) filter (where (responded_at is null or response_letter_issued)
                          and (refused_at is null or refusal_letter_issued)) as records_complete,
       count(*) as started,
       count(*) filter (where acknowledged_on_time) as acknowledged_on_time,
       count(*) filter (where acknowledged_on is not null) as acknowledged,
       count(*) filter (where extension_count > 0 and extensions_within_cap) as within_cap,
       count(*) filter (where extension_count > 0 and extensions_notified_in_time) as notified_in_time,
       count(*) filter (where extension_count > 0 and extension_letters_issued) as with_letters,
       count(*) filter (where extension_count > 0) as extended
  from complaint_stage_fact
 where started_on between :from and :to
 group by stage;

-- Stages acknowledged in the period: definitions recorded (5.6), stage 2 handler independence (6.13).
select count(*) filter (where definition_recorded) as definitions_recorded,
       count(*) as acknowledged,
       count(*) filter (where stage = 2 and handler_independent) as independent,
       count(*) filter (where stage = 2 and handler_independent is not null) as independence_checked
  from complaint_stage_fact
 where acknowledged_on between :from and :to;

-- Refusals in the period with reasons and a letter (2.1-2.4).
select count(*) filter (where refusal_reasons_given and refusal_letter_issued) as with_reasons_and_letter,
       count(*) as refused
  from complaint_stage_fact
 where refused_on between :from and :to;

-- Stages responded to in the period: responded on time and with their letters (6.3, 6.14), by
-- stage; and the remedies with a due date they set, with those completed by the date (7.3), as
-- each stage's facts count them.
select stage,
       count(*) filter (where responded_on_time) as on_time,
       count(*) filter (where response_letter_issued) as letters,
       count(*) as responded,
       sum(remedies_with_due_date) as remedies_dated,
       sum(remedies_completed_on_time) as remedies_met
  from complaint_stage_fact
 where responded_on between :from and :to
 group by stage;

-- Of those remedies, the ones still open and not yet due as at today in London: neither met nor
-- missed (7.3).
select count(*) as not_yet_due
  from complaint_remedy r
  join complaint_stage_fact f on f.reference = r.reference and f.stage = r.stage
 where r.status in ('AWAITING_APPROVAL', 'AGREED') and r.due_by >= (now() at time zone 'Europe/London')::date
   and f.responded_on between :from and :to;
