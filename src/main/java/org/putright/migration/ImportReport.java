package org.putright.migration;

import java.util.List;

/**
 * What an import did: how many rows the file held, how many complaints were imported, how many had
 * been imported before (and were left alone), how many bad rows were skipped, and every bad row.
 */
public record ImportReport(
        Outcome outcome, long rows, long imported, long alreadyImported, long skipped, List<RowProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** How an import ended. */
    public enum Outcome {
        /** Every good row is in the record (bad rows skipped when asked to). */
        IMPORTED,
        /** The file had bad rows and skipping them was not asked for: nothing was imported. */
        REJECTED
    }

    static ImportReport rejected(long rows, List<RowProblem> problems) {
        return new ImportReport(Outcome.REJECTED, rows, 0, 0, 0, problems);
    }
}
