package org.putright.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.code.RecordRule;
import org.putright.code.RuleBroken;

/**
 * Something still to be done after a response, with an owner and a due date, tracked to
 * completion (6.6, 6.17).
 */
public record OutstandingAction(
        UUID id,
        int stage,
        String description,
        String owner,
        LocalDate dueBy,
        List<Update> updates,
        @Nullable Instant completedAt) {

    public OutstandingAction {
        updates = List.copyOf(updates);
    }

    /** Refuses progress on an action already completed. */
    void requireOpen() {
        if (completedAt != null) {
            throw new RuleBroken(RecordRule.NOT_ALLOWED_IN_STATUS, "This action is already completed.");
        }
    }

    OutstandingAction withUpdate(Update update) {
        List<Update> more = new ArrayList<>(updates);
        more.add(update);
        return new OutstandingAction(id, stage, description, owner, dueBy, more, completedAt);
    }

    OutstandingAction completed(Update update) {
        return withUpdate(update).finishedAt(update.at());
    }

    private OutstandingAction finishedAt(Instant at) {
        return new OutstandingAction(id, stage, description, owner, dueBy, updates, at);
    }

    public boolean overdueOn(LocalDate today) {
        return completedAt == null && today.isAfter(dueBy);
    }

    /** Progress on an action, as told to the resident. */
    public record Update(Instant at, String by, String note) {}
}
