package org.putright.mailbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An email as Putright reads it: who sent it and when, the subject, the text (from the plain part,
 * else from the HTML) and the files that came with it.
 *
 * @param messageId the Message-ID header; null when the sender's program gave none
 * @param sentAt the Date header; null when it is missing or unreadable
 */
public record InboundMessage(
        @Nullable String messageId,
        Sender sender,
        String subject,
        @Nullable Instant sentAt,
        String text,
        List<InboundAttachment> attachments) {

    public InboundMessage {
        attachments = List.copyOf(attachments);
    }
}
