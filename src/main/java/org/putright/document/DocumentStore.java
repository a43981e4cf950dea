package org.putright.document;

import java.util.Optional;
import java.util.UUID;

/** Where documents are kept. There is no update and no delete. */
public interface DocumentStore {

    void insert(Document document, byte[] content);

    Optional<Document> find(UUID id);

    Optional<byte[]> content(UUID id);
}
