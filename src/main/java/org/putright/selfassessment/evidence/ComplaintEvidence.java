package org.putright.selfassessment.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.FollowUps;
import org.putright.complaint.Remedy;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactFilter.Basis;
import org.putright.complaint.StageFactQueries;
import org.putright.complaint.StageFacts;
import org.putright.complaint.StageTally;
import org.putright.selfassessment.AssessmentPeriod;
import org.putright.selfassessment.Measure;
import org.putright.selfassessment.SystemEvidence;
import org.putright.selfassessment.SystemEvidenceSource;
import org.springframework.stereotype.Component;

/**
 * The complaint record's figures for the Code's provisions on exclusions, the process, the stages
 * and remedies, from the complaint module's facts of each stage. Each share says over which stages
 * it is measured: stages started in the period for acknowledgements, stages responded to in the
 * period for responses and their letters and remedies, refusals decided in the period for refusals.
 */
@Component
class ComplaintEvidence implements SystemEvidenceSource {

    private static final String EXTENSION_LETTER = "EXTENSION";

    private final StageFactQueries facts;
    private final Complaints complaints;
    private final FollowUps followUps;

    ComplaintEvidence(StageFactQueries facts, Complaints complaints, FollowUps followUps) {
        this.facts = facts;
        this.complaints = complaints;
        this.followUps = followUps;
    }

    @Override
    public List<SystemEvidence> figures(AssessmentPeriod period, LocalDate computedOn) {
        StageFactFilter started = StageFactFilter.started(period.start(), period.end());
        StageFactFilter acknowledged = started.on(Basis.ACKNOWLEDGED);
        StageFactFilter responded = StageFactFilter.responded(period.start(), period.end());
        StageFactFilter refused = started.on(Basis.REFUSED);

        List<SystemEvidence> figures = new ArrayList<>();
        figures.add(count(
                Measure.REFUSALS_WITH_REASONS_AND_LETTER,
                refused,
                stage -> stage.refused() != null
                        && stage.refused().reasonsGiven()
                        && stage.refused().letterIssued(),
                computedOn));
        StageTally acknowledgements = facts.total(acknowledged);
        figures.add(SystemEvidence.share(
                Measure.DEFINITIONS_RECORDED,
                acknowledgements.definitionRecorded(),
                acknowledgements.acknowledged(),
                computedOn));
        figures.add(count(Measure.RECORDS_COMPLETE, started, ComplaintEvidence::lettersComplete, computedOn));
        for (int stage = 1; stage <= 2; stage++) {
            StageTally begun = facts.total(started.stage(stage));
            StageTally answered = facts.total(responded.stage(stage));
            figures.add(SystemEvidence.share(
                    stage == 1 ? Measure.STAGE_1_ACKNOWLEDGED_ON_TIME : Measure.STAGE_2_ACKNOWLEDGED_ON_TIME,
                    begun.acknowledgedOnTime(),
                    begun.acknowledged(),
                    computedOn));
            figures.add(SystemEvidence.share(
                    stage == 1 ? Measure.STAGE_1_RESPONDED_ON_TIME : Measure.STAGE_2_RESPONDED_ON_TIME,
                    answered.respondedOnTime(),
                    answered.responded(),
                    computedOn));
            figures.add(SystemEvidence.share(
                    stage == 1 ? Measure.STAGE_1_EXTENSIONS_WITHIN_CAP : Measure.STAGE_2_EXTENSIONS_WITHIN_CAP,
                    begun.extensionsWithinCap(),
                    begun.extended(),
                    computedOn));
            figures.add(SystemEvidence.share(
                    stage == 1
                            ? Measure.STAGE_1_EXTENSIONS_NOTIFIED_IN_TIME
                            : Measure.STAGE_2_EXTENSIONS_NOTIFIED_IN_TIME,
                    begun.extensionsNotifiedInTime(),
                    begun.extended(),
                    computedOn));
            int only = stage;
            figures.add(count(
                    stage == 1
                            ? Measure.STAGE_1_EXTENSIONS_WITH_OMBUDSMAN_DETAILS
                            : Measure.STAGE_2_EXTENSIONS_WITH_OMBUDSMAN_DETAILS,
                    started.stage(stage),
                    stageFacts -> extensionLetters(stageFacts, only)
                            >= stageFacts.extensions().count(),
                    stageFacts -> stageFacts.extensions().count() > 0,
                    computedOn));
            figures.add(SystemEvidence.share(
                    stage == 1 ? Measure.STAGE_1_LETTERS_COMPLETE : Measure.STAGE_2_LETTERS_COMPLETE,
                    answered.responseLettersIssued(),
                    answered.responded(),
                    computedOn));
        }
        StageTally independence = facts.total(acknowledged.stage(2));
        figures.add(SystemEvidence.share(
                Measure.STAGE_2_HANDLER_INDEPENDENT,
                independence.handlerIndependent(),
                independence.handlerChecked(),
                computedOn));
        figures.add(remediesCompletedByDate(responded, computedOn));
        return figures;
    }

    /**
     * Remedies with a due date set by the responses issued in the period, judged as at {@code
     * computedOn} (7.3): completed on or before the Europe/London day it was due is met; not completed
     * with that day passed is missed; not completed and not yet due is neither, and left out.
     */
    private SystemEvidence remediesCompletedByDate(StageFactFilter responded, LocalDate computedOn) {
        // Read first, judged after: the remedies are read once the open read of the facts is done.
        Set<StageKey> stages = new HashSet<>();
        facts.forEach(responded, stage -> {
            if (stage.followThrough().remediesWithDueDate() > 0) {
                stages.add(new StageKey(stage.reference(), stage.stage()));
            }
        });
        long met = 0;
        long due = 0;
        List<ComplaintReference> references =
                stages.stream().map(StageKey::reference).toList();
        for (FollowUps.RemedyItem item : followUps.remediesOf(references)) {
            Remedy remedy = item.remedy();
            LocalDate dueBy = remedy.dueBy();
            if (dueBy == null || !stages.contains(new StageKey(item.reference(), remedy.stage()))) {
                continue;
            }
            if (remedy.completedAt() != null) {
                due++;
                if (!WorkingCalendar.dayOf(remedy.completedAt()).isAfter(dueBy)) {
                    met++;
                }
            } else if (dueBy.isBefore(computedOn)) {
                due++;
            }
        }
        return SystemEvidence.share(Measure.REMEDIES_COMPLETED_BY_DATE, met, due, computedOn);
    }

    private record StageKey(ComplaintReference reference, int stage) {}

    /** A response has its letter and a refusal its letter: the steps the record must hold in writing (5.12). */
    private static boolean lettersComplete(StageFacts stage) {
        boolean response = stage.answer().at() == null || stage.answer().letterIssued();
        boolean refusal = stage.refused() == null || stage.refused().letterIssued();
        return response && refusal;
    }

    /**
     * Extension letters issued for the stage. Each one carries the Ombudsman's contact details: the
     * letter module refuses to issue one without them (6.5, 6.16), so a letter issued is one with them.
     */
    private long extensionLetters(StageFacts stage, int number) {
        return complaints.letters(stage.reference()).stream()
                .filter(letter -> letter.stage() == number && letter.type().equals(EXTENSION_LETTER))
                .count();
    }

    private SystemEvidence count(
            Measure measure, StageFactFilter filter, Predicate<StageFacts> met, LocalDate computedOn) {
        return count(measure, filter, met, stage -> true, computedOn);
    }

    private SystemEvidence count(
            Measure measure,
            StageFactFilter filter,
            Predicate<StageFacts> met,
            Predicate<StageFacts> counted,
            LocalDate computedOn) {
        // Read first, judged after: judging may read letters, which must not wait on the open read.
        List<StageFacts> stages = new ArrayList<>();
        facts.forEach(filter, stage -> {
            if (counted.test(stage)) {
                stages.add(stage);
            }
        });
        long meeting = stages.stream().filter(met).count();
        return SystemEvidence.share(measure, meeting, stages.size(), computedOn);
    }
}
