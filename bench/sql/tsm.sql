-- TSM CH01 and CH02 for one period, written by hand: the fewest rows read for the four figures.
-- CH01: stages started in the period and not refused (stage 1 complaints, stage 2 escalations);
-- CH02: stages responded to in the period, and how many within the Code's timescale.
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
