package org.putright.document;

import java.time.Instant;
import java.util.UUID;

/** A stored document's description: what it is, how big, its checksum, who added it and when. */
public record Document(
        UUID id,
        String filename,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
