package org.putright.mailbox;

import org.jspecify.annotations.Nullable;

/** A file that came with a message, as its sender named it. */
public record InboundAttachment(@Nullable String filename, String contentType, byte[] content) {}
