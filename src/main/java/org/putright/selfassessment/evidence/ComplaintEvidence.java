package org.putright.selfassessment.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.putright.complaint.FollowUps;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactFilter.Basis;
import org.putright.complaint.StageFactQueries;
import org.putright.complaint.StageGrouping;
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
 * Each is counted in the database from the stage facts, which already hold what a stage's letters
 * and remedies show: a year of a large landlord's stages is never read into memory, and nothing is
 * read one complaint at a time.
 */
@Component
class ComplaintEvidence implements SystemEvidenceSource {

    private final StageFactQueries facts;
    private final FollowUps followUps;

    ComplaintEvidence(StageFactQueries facts, FollowUps followUps) {
        this.facts = facts;
        this.followUps = followUps;
    }

    @Override
    public List<SystemEvidence> figures(AssessmentPeriod period, LocalDate computedOn) {
        StageFactFilter started = StageFactFilter.started(period.start(), period.end());
        StageFactFilter acknowledged = started.on(Basis.ACKNOWLEDGED);
        StageFactFilter responded = StageFactFilter.responded(period.start(), period.end());
        StageFactFilter refused = started.on(Basis.REFUSED);

        // One pass over each day the figures count on, by stage, counting only what they need.
        Map<Integer, StageTally> startedByStage = byStage(
                started,
                EnumSet.of(
                        StageTally.Part.ACKNOWLEDGEMENTS,
                        StageTally.Part.EXTENSIONS,
                        StageTally.Part.EXTENSION_LETTERS,
                        StageTally.Part.RECORDS));
        Map<Integer, StageTally> respondedByStage = byStage(responded, EnumSet.of(StageTally.Part.RESPONSES));
        Map<Integer, StageTally> acknowledgedByStage =
                byStage(acknowledged, EnumSet.of(StageTally.Part.ACKNOWLEDGEMENTS));

        List<SystemEvidence> figures = new ArrayList<>();
        StageTally refusals = facts.tally(refused, List.of(), EnumSet.of(StageTally.Part.REFUSALS)).stream()
                .map(StageFactQueries.GroupTally::tally)
                .findFirst()
                .orElse(StageTally.empty(null));
        figures.add(SystemEvidence.share(
                Measure.REFUSALS_WITH_REASONS_AND_LETTER,
                refusals.refusalsWithReasonsAndLetter(),
                refusals.stages(),
                computedOn));
        StageTally acknowledgements = all(acknowledgedByStage);
        figures.add(SystemEvidence.share(
                Measure.DEFINITIONS_RECORDED,
                acknowledgements.definitionRecorded(),
                acknowledgements.acknowledged(),
                computedOn));
        StageTally begunInPeriod = all(startedByStage);
        figures.add(SystemEvidence.share(
                Measure.RECORDS_COMPLETE, begunInPeriod.recordsComplete(), begunInPeriod.stages(), computedOn));
        for (int stage = 1; stage <= 2; stage++) {
            StageTally begun = startedByStage.getOrDefault(stage, StageTally.empty(null));
            StageTally answered = respondedByStage.getOrDefault(stage, StageTally.empty(null));
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
            figures.add(SystemEvidence.share(
                    stage == 1
                            ? Measure.STAGE_1_EXTENSIONS_WITH_OMBUDSMAN_DETAILS
                            : Measure.STAGE_2_EXTENSIONS_WITH_OMBUDSMAN_DETAILS,
                    begun.extensionsWithLetters(),
                    begun.extended(),
                    computedOn));
            figures.add(SystemEvidence.share(
                    stage == 1 ? Measure.STAGE_1_LETTERS_COMPLETE : Measure.STAGE_2_LETTERS_COMPLETE,
                    answered.responseLettersIssued(),
                    answered.responded(),
                    computedOn));
        }
        StageTally independence = acknowledgedByStage.getOrDefault(2, StageTally.empty(null));
        figures.add(SystemEvidence.share(
                Measure.STAGE_2_HANDLER_INDEPENDENT,
                independence.handlerIndependent(),
                independence.handlerChecked(),
                computedOn));
        figures.add(remediesCompletedByDate(responded, computedOn));
        return figures;
    }

    private Map<Integer, StageTally> byStage(StageFactFilter filter, Set<StageTally.Part> parts) {
        Map<Integer, StageTally> byStage = new HashMap<>();
        for (StageFactQueries.GroupTally row : facts.tally(filter, List.of(StageGrouping.STAGE), parts)) {
            String stage = row.key(0);
            if (stage != null) {
                byStage.put(Integer.valueOf(stage), row.tally());
            }
        }
        return byStage;
    }

    private static StageTally all(Map<Integer, StageTally> byStage) {
        return byStage.values().stream().reduce(StageTally.empty(null), (one, other) -> one.plus(null, other));
    }

    /** Remedies with a due date set by the responses issued in the period, completed by it (7.3). */
    private SystemEvidence remediesCompletedByDate(StageFactFilter responded, LocalDate computedOn) {
        FollowUps.RemediesByDate remedies = followUps.remediesByDate(responded.from(), responded.to(), computedOn);
        return SystemEvidence.share(Measure.REMEDIES_COMPLETED_BY_DATE, remedies.met(), remedies.due(), computedOn);
    }
}
