-- A synthetic million-complaint database, loaded in bulk by SQL: the fallback of bench/load-1m.sh
-- when Putright's import generator is not available (BENCH_LOADER=sql). It fills the tables the
-- worklist and the reports read (resident, complaint, complaint_stage_fact, remedies) with the
-- shapes a real caseload has: complaints spread evenly over five reporting years (April 2021 to
-- March 2026, about 200,000 a year), 10% still open (the most recent), 15% escalated to stage 2,
-- 4% refused, responses mostly in time, a quarter extended, a fifth with a remedy. It writes no
-- complaint_event record: these complaints have no history to replay, so their pages cannot be
-- opened; the measured paths never replay one. :complaints and :open are replaced by the loader.

insert into resident (id, name, email, email_lower, phone, address, postcode, tenancy_reference,
                      preferred_channel, preferred_format, format_language,
                      created_at, created_by, updated_at, updated_by, version)
select md5('resident' || n)::uuid, 'Resident ' || n, 'resident' || n || '@example.org',
       'resident' || n || '@example.org', '07700 ' || lpad((n % 1000000)::text, 6, '0'),
       n || ' Example Street, Leeds', 'LS' || (n % 30) || ' ' || (n % 9) || 'AB', 'T' || n,
       'EMAIL', 'STANDARD', null, timestamptz '2021-01-01 09:00:00+00', 'import',
       timestamptz '2021-01-01 09:00:00+00', 'import', 0
  from generate_series(1, :complaints / 4) n;

create temporary table synthetic as
select n,
       'CMP-' || extract(year from received)::int || '-' || lpad(n::text, 7, '0') as reference,
       received,
       n > :complaints - :open as open,
       n % 25 = 0 and n <= :complaints - :open as refused,
       n % 7 = 0 as escalated,
       n % 4 = 0 as extended,
       n % 5 = 0 as remedied,
       (array['PHONE', 'EMAIL', 'WEB_FORM', 'LETTER', 'IN_PERSON'])[1 + n % 5] as channel,
       (array['REPAIRS', 'DAMP_AND_MOULD', 'ANTISOCIAL_BEHAVIOUR', 'RENT', 'STAFF', 'ESTATE'])[1 + n % 6] as category,
       md5('resident' || (1 + n % (:complaints / 4)))::uuid as resident_id,
       (array['hana', 'tom', 'ines', 'maria'])[1 + n % 4] as handler
  from (select n, timestamptz '2021-04-01 08:00:00+00'
                  + (interval '1826 days' * (n - 1) / :complaints) + (n % 9) * interval '1 hour' as received
          from generate_series(1, :complaints) n) s;

insert into complaint (reference, version, status, stage, received_at, channel, resident_id, category,
                       handler, next_deadline, acknowledge_by, respond_by, next_update_by, updated_at)
select reference, 3,
       case when refused then 'REFUSED'
            when not open then 'CLOSED'
            when n % 10 = 0 then 'RECEIVED'
            when escalated then 'STAGE_2_OPEN'
            else 'STAGE_1_OPEN' end,
       case when escalated and not refused then 2 else 1 end,
       received, channel, resident_id, category, handler,
       case when not open or refused then null
            when n % 10 = 0 then (received + interval '7 days')::date
            else (received + interval '14 days' + (n % 40) * interval '1 day')::date end,
       case when open and n % 10 = 0 then (received + interval '7 days')::date end,
       case when open and n % 10 <> 0 then (received + interval '14 days' + (n % 40) * interval '1 day')::date end,
       null, received
  from synthetic;

-- Stage 1 of every complaint.
insert into complaint_stage_fact (reference, stage, channel, category, resident_id, handler, started_at,
       started_on, started_month, acknowledge_by, acknowledged_at, acknowledged_on, acknowledged_on_time,
       definition_recorded, respond_by_original, respond_by, respond_by_allowed, extension_count,
       extension_working_days, extensions_notified_in_time, extensions_within_cap, extension_letters_issued,
       responded_at, responded_on,
       responded_month, responded_on_time, within_timescale, decision, response_letter_issued, refused_at,
       refused_on, refusal_ground, refusal_reasons_given, refusal_letter_issued, withdrawn_at, withdrawn_on,
       closed_at, closed_on, handler_independent, remedies, financial_remedies, compensation_offered,
       compensation_paid, remedies_with_due_date, remedies_completed, remedies_completed_on_time, actions,
       actions_completed, actions_completed_on_time)
select reference, 1, channel, category, resident_id, handler, received,
       received::date, to_char(received, 'YYYYMM')::int, (received + interval '7 days')::date,
       case when not refused and not (open and n % 10 = 0) then received + interval '2 days' end,
       case when not refused and not (open and n % 10 = 0) then (received + interval '2 days')::date end,
       case when not refused and not (open and n % 10 = 0) then n % 50 <> 0 end,
       not refused and not (open and n % 10 = 0),
       (received + interval '14 days')::date, (received + interval '14 days')::date,
       (received + interval '14 days')::date,
       -- Like the response letters below, each extension's letter is recorded as issued: the facts
       -- are what the reports read, and this loader writes no letter rows.
       case when extended then 1 else 0 end, case when extended then 10 else 0 end, true, true, true,
       case when not open and not refused then received + interval '12 days' + (n % 6) * interval '1 day' end,
       case when not open and not refused then (received + interval '12 days' + (n % 6) * interval '1 day')::date end,
       case when not open and not refused then to_char(received + interval '12 days' + (n % 6) * interval '1 day', 'YYYYMM')::int end,
       case when not open and not refused then n % 6 < 4 or extended end,
       not open and not refused and (n % 6 < 4 or extended),
       case when open or refused then null else (array['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'])[1 + n % 3] end,
       not open and not refused,
       case when refused then received + interval '3 days' end,
       case when refused then (received + interval '3 days')::date end,
       case when refused then 'OLDER_THAN_12_MONTHS' end,
       case when refused then true end, case when refused then true end,
       null, null,
       case when not open and not refused and not escalated then received + interval '30 days' end,
       case when not open and not refused and not escalated then (received + interval '30 days')::date end,
       null,
       case when remedied then 1 else 0 end, case when remedied and n % 10 = 0 then 1 else 0 end,
       case when remedied and n % 10 = 0 then 150 else 0 end,
       case when remedied and n % 10 = 0 and not open then 150 else 0 end,
       case when remedied then 1 else 0 end, case when remedied and not open then 1 else 0 end,
       case when remedied and not open then 1 else 0 end, 0, 0, 0
  from synthetic;

-- Stage 2 of the escalated ones.
insert into complaint_stage_fact (reference, stage, channel, category, resident_id, handler, started_at,
       started_on, started_month, acknowledge_by, acknowledged_at, acknowledged_on, acknowledged_on_time,
       definition_recorded, respond_by_original, respond_by, respond_by_allowed, extension_count,
       extension_working_days, extensions_notified_in_time, extensions_within_cap, extension_letters_issued,
       responded_at, responded_on,
       responded_month, responded_on_time, within_timescale, decision, response_letter_issued,
       closed_at, closed_on, handler_independent, remedies, financial_remedies, compensation_offered,
       compensation_paid, remedies_with_due_date, remedies_completed, remedies_completed_on_time, actions,
       actions_completed, actions_completed_on_time)
select reference, 2, channel, category, resident_id, 'maria', received + interval '20 days',
       (received + interval '20 days')::date, to_char(received + interval '20 days', 'YYYYMM')::int,
       (received + interval '27 days')::date, received + interval '22 days', (received + interval '22 days')::date,
       true, true, (received + interval '48 days')::date, (received + interval '48 days')::date,
       (received + interval '48 days')::date, 0, 0, true, true, true,
       case when not open then received + interval '40 days' end,
       case when not open then (received + interval '40 days')::date end,
       case when not open then to_char(received + interval '40 days', 'YYYYMM')::int end,
       case when not open then true end, not open,
       case when open then null else (array['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'])[1 + n % 3] end,
       not open,
       case when not open then received + interval '45 days' end,
       case when not open then (received + interval '45 days')::date end,
       true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
  from synthetic
 where escalated and not refused;

insert into complaint_remedy (id, reference, stage, remedy_type, description, amount, due_by, status,
                              approved_by, approved_at, completed_at)
select md5('remedy' || n)::uuid, reference, 1, case when n % 10 = 0 then 'FINANCIAL' else 'APOLOGY' end,
       'Put right as promised', case when n % 10 = 0 then 150 end, (received + interval '40 days')::date,
       case when open then 'AGREED' else 'COMPLETED' end, null, null,
       case when not open then received + interval '35 days' end
  from synthetic
 where remedied;
