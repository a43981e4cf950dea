-- The annual complaints performance report's own figures for one year (8.1b), written by hand:
-- the refusals by what the complaint was about. The report also holds the dashboard's figures and
-- the TSM, so ReportsBenchmark runs dashboard.sql and tsm.sql before this file as its ceiling. The
-- other parts (the approved self-assessment, the Ombudsman's findings and reports, the improvements
-- made) are a few rows each and left out.

-- Refusals in the period by stage and what the complaint was about.
select stage, category, count(*) as refused
  from complaint_stage_fact
 where refused_on between :from and :to
 group by stage, category;
