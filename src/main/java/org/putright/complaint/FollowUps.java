package org.putright.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Remedies and outstanding actions across all complaints, for following them through (7.3, 6.6). */
public interface FollowUps {

    List<RemedyItem> remedies(Remedy.@Nullable Status status, @Nullable LocalDate overdueOn, int limit);

    /**
     * The remedies given a due date at stages responded to from {@code respondedFrom} to {@code
     * respondedTo} (both included), judged as at {@code asAt} (7.3): completed on or before the
     * Europe/London day due is met; not completed with that day passed is missed; not completed and
     * not yet due is neither, and left out of both counts.
     */
    RemediesByDate remediesByDate(LocalDate respondedFrom, LocalDate respondedTo, LocalDate asAt);

    List<ActionItem> actions(@Nullable String owner, boolean openOnly, @Nullable LocalDate overdueOn, int limit);

    /**
     * Remedies not completed and outstanding actions not done whose date fell before the day, due
     * date first, one page at a time: the overdue follow-ups the governing body watches (7.3, 9.7).
     */
    List<OverdueFollowUp> overdue(LocalDate on, long offset, int limit);

    /** How many follow-ups {@link #overdue} lists in all. */
    long overdueCount(LocalDate on);

    /** Every overdue follow-up in the order {@link #overdue} pages them, streamed rather than held. */
    void forEachOverdue(LocalDate on, Consumer<OverdueFollowUp> each);

    /**
     * A remedy or an action past its date: for a remedy, its type and the manager who approved it
     * (if any); for an action, its owner.
     */
    record OverdueFollowUp(
            ComplaintReference reference,
            @Nullable RemedyType remedyType,
            String description,
            @Nullable String owner,
            LocalDate dueBy) {

        public boolean isRemedy() {
            return remedyType != null;
        }
    }

    /** Remedies completed by their date, out of those whose date has come or that were completed. */
    record RemediesByDate(long met, long due) {}

    /** A remedy with the complaint it belongs to. */
    record RemedyItem(ComplaintReference reference, Remedy remedy) {}

    /** An outstanding action with the complaint it belongs to. */
    record ActionItem(ComplaintReference reference, OutstandingAction action) {}
}
