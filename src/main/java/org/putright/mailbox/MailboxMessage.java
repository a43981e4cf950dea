package org.putright.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message taken from the complaints mailbox, and what became of it.
 *
 * @param key what makes a second delivery of it a duplicate ({@link MessageKey})
 * @param complaintReference the complaint it made or was added to; null until processed
 */
public record MailboxMessage(
        UUID id,
        String key,
        @Nullable String messageId,
        @Nullable String sender,
        @Nullable String subject,
        @Nullable Instant sentAt,
        Instant fetchedAt,
        State state,
        @Nullable Outcome outcome,
        @Nullable String complaintReference,
        int attempts,
        Instant lastAttemptAt,
        @Nullable String failure,
        List<AttachmentOutcome> attachments,
        long version) {

    public MailboxMessage {
        attachments = List.copyOf(attachments);
    }

    /** Whether the message has done its work. */
    public enum State {
        PROCESSED,
        /** Kept whole, but not yet on any complaint: staff see it and retry it. */
        FAILED
    }

    /** What the message became. */
    public enum Outcome {
        NEW_COMPLAINT,
        CORRESPONDENCE
    }

    /**
     * An attachment of a processed message: kept as a document, or refused by the document
     * checks with the reason.
     */
    public record AttachmentOutcome(
            int position,
            @Nullable String filename,
            String contentType,
            long size,
            @Nullable UUID documentId,
            @Nullable String refusal) {

        public boolean kept() {
            return documentId != null;
        }
    }
}
