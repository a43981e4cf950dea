package org.putright.boardreport;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.InvalidInput;

/**
 * The annual complaints performance and service improvement report of a reporting year (8.1) as
 * the landlord keeps it: the complaints team's commentary on the figures, the governing body's
 * response (8.2) with the report's content as it stood when the body responded, and the published
 * document once it is on the reports page.
 *
 * <p>Its life: the figures are always worked out from the record while the report is a draft; the
 * commentary can be changed until the governing body responds; the response freezes the content,
 * which is then what is published, once.
 */
public record AnnualReport(
        ReportingYear year,
        @Nullable String commentary,
        @Nullable GoverningBodyResponse response,
        @Nullable BoardReport respondedTo,
        @Nullable UUID publication,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        long version) {

    public static final int MAX_COMMENTARY = 20_000;

    /** A year nobody has written anything for yet: a version of 0 that is not yet stored. */
    static AnnualReport draft(ReportingYear year) {
        return new AnnualReport(year, null, null, null, null, null, null, 0);
    }

    public boolean responded() {
        return response != null;
    }

    public boolean published() {
        return publication != null;
    }

    AnnualReport withCommentary(String text, Instant now, String by) {
        if (responded()) {
            throw new Conflict(
                    "annual-report-responded",
                    "The governing body has responded",
                    "The governing body has responded to the " + year
                            + " report; its commentary stays as the body read it.");
        }
        if (text.length() > MAX_COMMENTARY) {
            throw new InvalidInput("commentary", "must be at most " + MAX_COMMENTARY + " characters");
        }
        String kept = text.strip();
        return new AnnualReport(year, kept.isEmpty() ? null : kept, null, null, null, now, by, version);
    }

    /** The governing body's response to the report as it stands now, which is kept with it (8.2). */
    AnnualReport respond(GoverningBodyResponse given, BoardReport content) {
        if (responded()) {
            throw new Conflict(
                    "annual-report-responded",
                    "Already responded to",
                    "The governing body's response to the " + year + " report is already recorded.");
        }
        return new AnnualReport(
                year, commentary, given, content, null, given.recordedAt(), given.recordedBy(), version);
    }

    AnnualReport published(UUID document, Instant now, String by) {
        if (!responded()) {
            throw new AnnualReportNotReady(
                    "The " + year + " report is published with the governing body's response (8.2); record it first.");
        }
        return new AnnualReport(year, commentary, response, respondedTo, document, now, by, version);
    }
}
