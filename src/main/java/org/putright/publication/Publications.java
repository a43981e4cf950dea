package org.putright.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes documents on the landlord's public reports page and serves them as published. A record
 * is published once: publishing it again is a conflict, so what residents read cannot change
 * under them.
 */
@Service
public class Publications {

    private final PublicationStore store;
    private final Clock clock;

    Publications(PublicationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public PublishedDocument publish(
            ReportKind kind,
            UUID sourceId,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            Rendition rendition,
            String by) {
        if (store.findBySource(kind, sourceId).isPresent()) {
            throw new Conflict(
                    "already-published",
                    "Already published",
                    "This " + kind.description().toLowerCase() + " is already published; publish a new one instead.");
        }
        PublishedDocument document = new PublishedDocument(
                UUID.randomUUID(), kind, sourceId, title, periodStart, periodEnd, clock.instant(), by);
        store.insert(document, rendition);
        return document;
    }

    public java.util.Optional<PublishedDocument> publishedFrom(ReportKind kind, UUID sourceId) {
        return store.findBySource(kind, sourceId);
    }

    public List<PublishedDocument> all() {
        return store.all();
    }

    public PublishedDocument get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("Published document", id.toString()));
    }

    public String html(UUID id) {
        return store.html(id).orElseThrow(() -> new NotFound("Published document", id.toString()));
    }

    public byte[] pdf(UUID id) {
        return store.pdf(id).orElseThrow(() -> new NotFound("Published document", id.toString()));
    }

    public byte[] docx(UUID id) {
        return store.docx(id).orElseThrow(() -> new NotFound("Published document", id.toString()));
    }
}
