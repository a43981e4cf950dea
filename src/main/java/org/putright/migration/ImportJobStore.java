package org.putright.migration;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where imports started from the page or the API keep their progress and their bad rows. */
public interface ImportJobStore {

    void add(ImportJob job);

    /** Records that an import is checking its file, and how many rows it has checked. */
    void checking(UUID id, long rowsChecked, Instant at);

    /** Records that an import is taking its good rows in, and how many it has done. */
    void importing(UUID id, long rowsDone, long rowsToImport, Instant at);

    /** Records how an import ended, with every bad row it found. */
    void finish(UUID id, ImportReport report, Instant at);

    /** Records that an import stopped before it finished (an error, or Putright stopping). */
    void stop(UUID id, ImportJob.Status status, String failure, Instant at);

    Optional<ImportJob> find(UUID id);

    ImportJobPage page(int page, int size);

    RowProblemPage problems(UUID id, int page, int size);
}
