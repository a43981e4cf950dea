package org.putright.publication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where published documents are kept; rows are only ever added. */
public interface PublicationStore {

    void insert(PublishedDocument document, Rendition rendition);

    Optional<PublishedDocument> find(UUID id);

    Optional<PublishedDocument> findBySource(ReportKind kind, UUID sourceId);

    /** Every published document, the most recently published first. */
    List<PublishedDocument> all();

    Optional<String> html(UUID id);

    Optional<byte[]> pdf(UUID id);

    Optional<byte[]> docx(UUID id);
}
