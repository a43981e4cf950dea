package org.putright.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where mailbox messages are kept, whole. */
public interface MailboxMessages {

    /**
     * Keeps a message. A second message with the same key is refused by the database (a unique
     * key), which is what stops two instances processing one message.
     */
    void insert(MailboxMessage message, byte[] raw);

    Optional<MailboxMessage> find(UUID id);

    Optional<MailboxMessage> withKey(String key);

    Optional<byte[]> raw(UUID id);

    /** Messages in {@code state} (all when null), newest first, at most {@code limit}. */
    List<MailboxMessage> list(MailboxMessage.@Nullable State state, int limit);

    /**
     * Records that the message did its work, with its attachments' outcomes; false when it is no
     * longer at {@code expectedVersion} (someone else processed it meanwhile).
     */
    boolean processed(
            UUID id,
            long expectedVersion,
            MailboxMessage.Outcome outcome,
            String complaintReference,
            List<MailboxMessage.AttachmentOutcome> attachments,
            int attempts,
            Instant at);

    void failedAgain(UUID id, int attempts, Instant at, String failure);
}
