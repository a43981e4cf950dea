package org.putright.boardreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A report or letter the Housing Ombudsman published about the landlord, recorded so the annual
 * report of the year it was published in includes it (8.1e, 8.1f).
 *
 * @param link where it is published, when it is public
 */
public record OmbudsmanReport(
        UUID id,
        OmbudsmanReportKind kind,
        String title,
        LocalDate publishedOn,
        String summary,
        @Nullable String link,
        Instant recordedAt,
        String recordedBy) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 8000;
    public static final int MAX_LINK = 500;
}
