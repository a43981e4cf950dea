package org.putright.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An export made in the background, so that a large one never times out a request: queued,
 * running with its progress, then done with a file to download, or failed with the reason.
 */
public record ExportJob(
        UUID id,
        Kind kind,
        ExportFormat format,
        LocalDate from,
        LocalDate to,
        State state,
        long processed,
        long total,
        String requestedBy,
        Instant requestedAt,
        @Nullable Instant finishedAt,
        @Nullable String failure) {

    /** What is exported. */
    public enum Kind {
        /** Every stage of every complaint started in the period, one row each. */
        COMPLAINTS,
        /** Every table of the dashboard for the period. */
        DASHBOARD
    }

    /** Where the job is. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** How far it has got, 0 to 100. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, processed * 100 / total);
    }

    public String filename() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + from + "-to-" + to + "." + format.extension();
    }
}
