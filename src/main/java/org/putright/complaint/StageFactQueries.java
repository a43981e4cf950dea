package org.putright.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Figures over the {@link StageFacts} of every complaint, for reports, dashboards and the
 * self-assessment's evidence. Each is one aggregate query over an indexed table: periods are
 * inclusive ranges of Europe/London days on the date the {@link StageFactFilter} names.
 */
public interface StageFactQueries {

    /** The stages matching {@code filter}, tallied in one row per group (one row for {@code NONE}). */
    List<StageTally> tally(StageFactFilter filter, StageGrouping grouping);

    /**
     * The stages matching {@code filter} in one pass, tallied by every combination of the
     * groupings' values that occurs (no group for none), counting only {@code parts}: a report
     * rolls these rows up into as many tables as it shows ({@link StageTally#plus}).
     */
    List<GroupTally> tally(StageFactFilter filter, List<StageGrouping> groupings, Set<StageTally.Part> parts);

    /**
     * How many stages match each of {@code filters}, in their order, in one statement: each count is
     * read from its own day's index range alone, with no aggregate beyond it (the TSM's figures).
     */
    List<Long> counts(List<StageFactFilter> filters);

    /** How many stages match {@code filter}. */
    default long count(StageFactFilter filter) {
        return counts(List.of(filter)).getFirst();
    }

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

    /** One group of a tally: its values of the groupings asked for, in their order. */
    record GroupTally(List<@Nullable String> keys, StageTally tally) {

        public @Nullable String key(int index) {
            return keys.get(index);
        }
    }

    /** How many open complaints of a status have their deadline in a state. */
    record OpenCaseCount(Status status, Deadlines.State state, long complaints) {}
}
