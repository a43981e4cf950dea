package org.putright.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Figures over the {@link StageFacts} of every complaint, for reports, dashboards and the
 * self-assessment's evidence. Each is one aggregate query over an indexed table: periods are
 * inclusive ranges of Europe/London days on the date the {@link StageFactFilter} names.
 */
public interface StageFactQueries {

    /** The stages matching {@code filter}, tallied in one row per group (one row for {@code NONE}). */
    List<StageTally> tally(StageFactFilter filter, StageGrouping grouping);

    /** The stages matching {@code filter} tallied together. */
    default StageTally total(StageFactFilter filter) {
        List<StageTally> rows = tally(filter, StageGrouping.NONE);
        return rows.isEmpty() ? StageTally.empty(null) : rows.getFirst();
    }

    /** The stages matching {@code filter}, by start then reference: what a figure counted. */
    List<StageFacts> list(StageFactFilter filter, int offset, int limit);

    /** Streams every stage matching {@code filter}, by start then reference, for exports. */
    void forEach(StageFactFilter filter, Consumer<StageFacts> each);

    /** Open complaints by status and the state of the deadline now due on {@code today}. */
    List<OpenCaseCount> openCases(LocalDate today, LocalDate dueSoonBy);

    /** How many open complaints of a status have their deadline in a state. */
    record OpenCaseCount(Status status, Deadlines.State state, long complaints) {}
}
