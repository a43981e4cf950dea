package org.putright.complaint;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Counts over a group of {@link StageFacts}; {@code key} is the group's value (null for the whole
 * set or an empty value, e.g. no category). Every count is of stages, except the remedy and
 * action counts, which add up each stage's own.
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
        long responded,
        long respondedOnTime,
        long withinTimescale,
        long upheld,
        long partlyUpheld,
        long notUpheld,
        long responseLettersIssued,
        long refusalsWithReasons,
        long refusalLettersIssued,
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
        long actionsCompletedOnTime) {

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
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                0,
                0,
                0,
                0,
                0);
    }

    /** Stages not refused: what CH01 counts. */
    public long notRefused() {
        return stages - refused;
    }
}
