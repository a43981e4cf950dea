package org.putright.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import started from the administrators' page or the API, running in the background: how far
 * it has got and, once it has finished, what it did.
 *
 * @param rowsChecked rows read and checked so far
 * @param rowsInFile every row of the file, once checking is over
 * @param rowsDone good rows taken into the record so far (or found imported before)
 * @param rowsToImport the good rows to import, once checking is over and importing has begun
 * @param failure what stopped a failed import, in words an administrator can act on
 */
public record ImportJob(
        UUID id,
        String fileName,
        boolean skipBadRows,
        Status status,
        long rowsChecked,
        @Nullable Long rowsInFile,
        long rowsDone,
        @Nullable Long rowsToImport,
        long imported,
        long alreadyImported,
        long skipped,
        long problemCount,
        @Nullable String failure,
        String requestedBy,
        Instant requestedAt,
        Instant updatedAt,
        @Nullable Instant finishedAt) {

    /**
     * A running import reports progress at least every few seconds; one silent for this long stopped
     * with the instance running it (a crash or a restart) and will not finish.
     */
    public static final Duration SILENT_WHEN_INTERRUPTED = Duration.ofMinutes(10);

    /** Where an import is. */
    public enum Status {
        QUEUED("Waiting to start", false),
        CHECKING("Checking every row", false),
        IMPORTING("Importing", false),
        IMPORTED("Imported", true),
        REJECTED("Nothing imported: the file has bad rows", true),
        FAILED("Stopped by an error", true),
        INTERRUPTED("Interrupted", true);

        private final String description;
        private final boolean finished;

        Status(String description, boolean finished) {
            this.description = description;
            this.finished = finished;
        }

        public String description() {
            return description;
        }

        public boolean finished() {
            return finished;
        }
    }

    /** A new import, waiting for its turn. */
    static ImportJob queued(UUID id, String fileName, boolean skipBadRows, String by, Instant at) {
        return new ImportJob(
                id, fileName, skipBadRows, Status.QUEUED, 0, null, 0, null, 0, 0, 0, 0, null, by, at, at, null);
    }

    public boolean finished() {
        return status.finished();
    }

    /** How much of the import is done, 0 to 100; null while that cannot be known (checking). */
    public @Nullable Integer percentDone() {
        return switch (status) {
            case QUEUED -> 0;
            case CHECKING -> null;
            case IMPORTING -> rowsToImport == null || rowsToImport == 0 ? 0 : (int) (rowsDone * 100 / rowsToImport);
            case IMPORTED -> 100;
            case REJECTED, FAILED, INTERRUPTED -> null;
        };
    }

    /** This import as seen at {@code now}: one still unfinished but long silent is interrupted. */
    ImportJob seenAt(Instant now) {
        if (finished() || updatedAt.plus(SILENT_WHEN_INTERRUPTED).isAfter(now)) {
            return this;
        }
        return interrupted();
    }

    ImportJob interrupted() {
        return new ImportJob(
                id,
                fileName,
                skipBadRows,
                Status.INTERRUPTED,
                rowsChecked,
                rowsInFile,
                rowsDone,
                rowsToImport,
                imported,
                alreadyImported,
                skipped,
                problemCount,
                "The import stopped when Putright stopped. Rows it had imported are kept: import the file"
                        + " again to add the rest.",
                requestedBy,
                requestedAt,
                updatedAt,
                finishedAt);
    }
}
