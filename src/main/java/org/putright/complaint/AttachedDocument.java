package org.putright.complaint;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.document.Document;

/** A stored document being put on a complaint's record, with what it is. */
public record AttachedDocument(
        UUID id, String filename, String contentType, long size, String sha256, String description) {

    /** The stored document as it is put on the record, described (or not) by whoever attached it. */
    public static AttachedDocument of(Document stored, @Nullable String description) {
        return new AttachedDocument(
                stored.id(),
                stored.filename(),
                stored.contentType(),
                stored.size(),
                stored.sha256(),
                description == null ? "" : description);
    }
}
