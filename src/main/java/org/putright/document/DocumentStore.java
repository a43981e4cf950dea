package org.putright.document;

import java.util.Optional;
import java.util.UUID;

/**
 * Where documents are kept. There is no update and no delete, except erasing a document's
 * content and name when the retention policy or a lawful erasure requires it.
 */
public interface DocumentStore {

    void insert(Document document, byte[] content);

    Optional<Document> find(UUID id);

    Optional<byte[]> content(UUID id);

    /** Replaces the content with nothing and the file name with a marker; keeps size, type and checksum. */
    void erase(UUID id);
}
