package org.putright.complaint;

import java.util.UUID;

/** A stored document being put on a complaint's record, with what it is. */
public record AttachedDocument(
        UUID id, String filename, String contentType, long size, String sha256, String description) {}
