-- The annual complaints performance report's figures for one year (8.1b), written by hand: the
-- dashboard's figures, the TSM, and the refusals by what the complaint was about. The other parts
-- (the approved self-assessment, the Ombudsman's findings and reports, the improvements made) are
-- a few rows each and left out.

-- Stages started in the period: volumes by stage, by stage and category, stage 1 by channel,
-- and by stage and month (trends).
select stage, category, channel, started_month,
       count(*) as stages,
       count(*) filter (where refused_on is not null) as refused,
       count(*) filter (where withdrawn_on is not null) as withdrawn
  from complaint_stage_fact
 where started_on between :from and :to
 group by grouping sets ((stage), (stage, category), (stage, channel), (stage, started_month));

-- Stages responded to in the period: outcomes, timeliness, remedies, by stage and by stage and month.
select stage, responded_month,
       count(*) as responded,
       count(*) filter (where responded_on_time) as on_time,
       count(*) filter (where within_timescale) as within_timescale,
       count(*) filter (where decision = 'UPHELD') as upheld,
       count(*) filter (where decision = 'PARTLY_UPHELD') as partly_upheld,
       count(*) filter (where decision = 'NOT_UPHELD') as not_upheld,
       count(*) filter (where extension_count > 0) as extended,
       count(*) filter (where extension_count > 0 and extensions_notified_in_time) as notified_in_time,
       count(*) filter (where extension_count > 0 and extensions_within_cap) as within_cap,
       sum(remedies) as remedies, sum(financial_remedies) as financial_remedies,
       sum(compensation_offered) as compensation_offered, sum(compensation_paid) as compensation_paid,
       sum(remedies_with_due_date) as remedies_with_due_date, sum(remedies_completed_on_time) as remedies_on_time,
       sum(actions) as actions, sum(actions_completed_on_time) as actions_on_time
  from complaint_stage_fact
 where responded_on between :from and :to
 group by grouping sets ((stage), (stage, responded_month));

-- Stages acknowledged in the period, by stage.
select stage, count(*) as acknowledged, count(*) filter (where acknowledged_on_time) as on_time
  from complaint_stage_fact
 where acknowledged_on between :from and :to
 group by stage;

-- Refusals in the period by stage and ground.
select stage, refusal_ground, count(*) as refused
  from complaint_stage_fact
 where refused_on between :from and :to
 group by stage, refusal_ground;

-- Open complaints by status and deadline state, as at the period's end.
select status,
       case when next_deadline is null then 'NONE'
            when next_deadline < :to then 'OVERDUE'
            when next_deadline <= :to + 3 then 'DUE_SOON'
            else 'ON_TRACK' end as deadline_state,
       count(*) as complaints
  from complaint
 where status not in ('CLOSED', 'REFUSED', 'WITHDRAWN')
 group by 1, 2;

-- Remedies and actions overdue (the first thousand of each, as the dashboard lists them).
select id, reference, stage, remedy_type, description, amount, due_by, status, approved_by
  from complaint_remedy
 where status <> 'COMPLETED' and due_by < :to
 order by due_by nulls last, reference limit 1000;
select id, reference, stage, description, owner, due_by
  from complaint_action
 where completed_at is null and due_by < :to
 order by due_by, reference limit 1000;

select
    (select count(*) from complaint_stage_fact
      where started_on between :from and :to and stage = 1 and refused_on is null) as ch01_stage_1,
    (select count(*) from complaint_stage_fact
      where started_on between :from and :to and stage = 2 and refused_on is null) as ch01_stage_2,
    (select count(*) from complaint_stage_fact
      where responded_on between :from and :to and stage = 1) as ch02_stage_1_responded,
    (select count(*) from complaint_stage_fact
      where responded_on between :from and :to and stage = 1 and within_timescale) as ch02_stage_1_within,
    (select count(*) from complaint_stage_fact
      where responded_on between :from and :to and stage = 2) as ch02_stage_2_responded,
    (select count(*) from complaint_stage_fact
      where responded_on between :from and :to and stage = 2 and within_timescale) as ch02_stage_2_within;

-- Refusals in the period by stage and what the complaint was about.
select stage, category, count(*) as refused
  from complaint_stage_fact
 where refused_on between :from and :to
 group by stage, category;
