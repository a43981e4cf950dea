-- Whether each of a stage's extensions has its extension letter, which carries the Ombudsman's
-- contact details (6.5, 6.16), is a fact of the stage like whether its response has its letter. The
-- self-assessment then counts it in the same pass as the other extension figures, instead of reading
-- the letters of every stage extended in the period. Stages extended before the column was kept take
-- it from their letters; a stage never extended has nothing to lack.
alter table complaint_stage_fact add column extension_letters_issued boolean default true not null;

update complaint_stage_fact
   set extension_letters_issued = (select count(*) from letter
                                    where letter.reference = complaint_stage_fact.reference
                                      and letter.stage = complaint_stage_fact.stage
                                      and letter.letter_type = 'EXTENSION') >= extension_count
 where extension_count > 0;
