package org.putright.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A document as the landlord published it: its title, the period it covers, and when and by whom
 * it was published. Its HTML, PDF and DOCX are kept with it and never changed.
 *
 * @param sourceId the record it was published from, such as the approved self-assessment
 */
public record PublishedDocument(
        UUID id,
        ReportKind kind,
        UUID sourceId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant publishedAt,
        String publishedBy) {

    public PublishedDocument {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(sourceId);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a published document needs a title");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("a published document's period ends before it starts");
        }
    }
}
