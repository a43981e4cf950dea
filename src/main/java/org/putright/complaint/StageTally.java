package org.putright.complaint;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Counts over a group of {@link StageFacts}; {@code key} is the group's value (null for the whole
 * set or an empty value, e.g. no category). Every count is of stages, except the remedy and
 * action counts, which add up each stage's own. {@code recordsComplete} counts the stages whose
 * response and refusal, where there is one, each have their letter (5.12).
 */
public record StageTally(
        @Nullable String key,
        long stages,
        long refused,
        long withdrawn,
        long closed,
        long acknowledged,
        long acknowledgedOnTime,
        long definitionRecorded,
        long extended,
        long extensionWorkingDays,
        long extensionsNotifiedInTime,
        long extensionsWithinCap,
        long extensionsWithLetters,
        long responded,
        long respondedOnTime,
        long withinTimescale,
        long upheld,
        long partlyUpheld,
        long notUpheld,
        long responseLettersIssued,
        long refusalsWithReasons,
        long refusalLettersIssued,
        long refusalsWithReasonsAndLetter,
        long handlerChecked,
        long handlerIndependent,
        long remedies,
        long financialRemedies,
        BigDecimal compensationOffered,
        BigDecimal compensationPaid,
        long remediesWithDueDate,
        long remediesCompleted,
        long remediesCompletedOnTime,
        long actions,
        long actionsCompleted,
        long actionsCompletedOnTime,
        long recordsComplete) {

    public static StageTally empty(@Nullable String key) {
        return new StageTally(
                key,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                0,
                0,
                0,
                0,
                0,
                0);
    }

    /** This group and {@code other} counted together, as the group {@code key}: for rolling groups up. */
    public StageTally plus(@Nullable String key, StageTally other) {
        return new StageTally(
                key,
                stages + other.stages,
                refused + other.refused,
                withdrawn + other.withdrawn,
                closed + other.closed,
                acknowledged + other.acknowledged,
                acknowledgedOnTime + other.acknowledgedOnTime,
                definitionRecorded + other.definitionRecorded,
                extended + other.extended,
                extensionWorkingDays + other.extensionWorkingDays,
                extensionsNotifiedInTime + other.extensionsNotifiedInTime,
                extensionsWithinCap + other.extensionsWithinCap,
                extensionsWithLetters + other.extensionsWithLetters,
                responded + other.responded,
                respondedOnTime + other.respondedOnTime,
                withinTimescale + other.withinTimescale,
                upheld + other.upheld,
                partlyUpheld + other.partlyUpheld,
                notUpheld + other.notUpheld,
                responseLettersIssued + other.responseLettersIssued,
                refusalsWithReasons + other.refusalsWithReasons,
                refusalLettersIssued + other.refusalLettersIssued,
                refusalsWithReasonsAndLetter + other.refusalsWithReasonsAndLetter,
                handlerChecked + other.handlerChecked,
                handlerIndependent + other.handlerIndependent,
                remedies + other.remedies,
                financialRemedies + other.financialRemedies,
                compensationOffered.add(other.compensationOffered),
                compensationPaid.add(other.compensationPaid),
                remediesWithDueDate + other.remediesWithDueDate,
                remediesCompleted + other.remediesCompleted,
                remediesCompletedOnTime + other.remediesCompletedOnTime,
                actions + other.actions,
                actionsCompleted + other.actionsCompleted,
                actionsCompletedOnTime + other.actionsCompletedOnTime,
                recordsComplete + other.recordsComplete);
    }

    /**
     * The counts a tally computes, for a report that reads only some of them: those of the parts
     * not asked for are zero. {@code stages} is always counted.
     */
    public enum Part {
        /** refused, withdrawn, closed */
        VOLUMES,
        /** acknowledged, on time, with the definition; stage 2 handler independence */
        ACKNOWLEDGEMENTS,
        /** extended, the working days added, notified in time, within the cap */
        EXTENSIONS,
        /**
         * extended with a letter for each extension: kept apart from the other extension figures,
         * which the responded passes count too, so that only the started pass reads it
         */
        EXTENSION_LETTERS,
        /** responded, on time, within the timescale, the decisions, the response letters */
        RESPONSES,
        /** refusals with reasons, with a letter, with both */
        REFUSALS,
        /** remedies, compensation and actions */
        FOLLOW_THROUGH,
        /** records complete */
        RECORDS
    }

    /** Stages not refused: what CH01 counts. */
    public long notRefused() {
        return stages - refused;
    }
}
