package org.putright.mailbox.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.mailbox.MailboxMessage;
import org.putright.mailbox.MailboxMessages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMailboxMessages implements MailboxMessages {

    private static final String COLUMNS = "id, message_key, message_id, sender, subject, sent_at, fetched_at, state,"
            + " outcome, complaint_reference, attempts, last_attempt_at, failure, version";

    private final JdbcClient jdbc;

    JdbcMailboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(MailboxMessage message, byte[] raw) {
        jdbc.sql("insert into mailbox_message (" + COLUMNS + ", raw) values (:id, :key, :messageId, :sender,"
                        + " :subject, :sentAt, :fetchedAt, :state, :outcome, :reference, :attempts, :lastAttemptAt,"
                        + " :failure, :version, :raw)")
                .param("id", message.id())
                .param("key", message.key())
                .param("messageId", message.messageId())
                .param("sender", message.sender())
                .param("subject", message.subject())
                .param("sentAt", timestamp(message.sentAt()))
                .param("fetchedAt", Timestamp.from(message.fetchedAt()))
                .param("state", message.state().name())
                .param(
                        "outcome",
                        message.outcome() == null ? null : message.outcome().name())
                .param("reference", message.complaintReference())
                .param("attempts", message.attempts())
                .param("lastAttemptAt", Timestamp.from(message.lastAttemptAt()))
                .param("failure", message.failure())
                .param("version", message.version())
                .param("raw", raw)
                .update();
        insertAttachments(message.id(), message.attachments());
    }

    @Override
    public Optional<MailboxMessage> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mailbox_message where id = :id")
                .param("id", id)
                .query((rs, row) -> message(rs))
                .optional();
    }

    @Override
    public Optional<MailboxMessage> withKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from mailbox_message where message_key = :key")
                .param("key", key)
                .query((rs, row) -> message(rs))
                .optional();
    }

    @Override
    public Optional<byte[]> raw(UUID id) {
        return jdbc.sql("select raw from mailbox_message where id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getBytes("raw"))
                .optional();
    }

    @Override
    public List<MailboxMessage> list(MailboxMessage.@Nullable State state, int limit) {
        return jdbc.sql("select " + COLUMNS + " from mailbox_message"
                        + (state == null ? "" : " where state = :state")
                        + " order by fetched_at desc, id limit :limit")
                .paramSource(
                        state == null
                                ? java.util.Map.of("limit", limit)
                                : java.util.Map.of("state", state.name(), "limit", limit))
                .query((rs, row) -> message(rs))
                .list();
    }

    @Override
    public boolean processed(
            UUID id,
            long expectedVersion,
            MailboxMessage.Outcome outcome,
            String complaintReference,
            List<MailboxMessage.AttachmentOutcome> attachments,
            int attempts,
            Instant at) {
        int changed = jdbc.sql("update mailbox_message set state = 'PROCESSED', outcome = :outcome,"
                        + " complaint_reference = :reference, attempts = :attempts, last_attempt_at = :at,"
                        + " failure = null, version = version + 1 where id = :id and version = :version"
                        + " and state = 'FAILED'")
                .param("outcome", outcome.name())
                .param("reference", complaintReference)
                .param("attempts", attempts)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        insertAttachments(id, attachments);
        return true;
    }

    @Override
    public void failedAgain(UUID id, int attempts, Instant at, String failure) {
        jdbc.sql("update mailbox_message set attempts = :attempts, last_attempt_at = :at, failure = :failure,"
                        + " version = version + 1 where id = :id and state = 'FAILED'")
                .param("attempts", attempts)
                .param("at", Timestamp.from(at))
                .param("failure", failure)
                .param("id", id)
                .update();
    }

    private void insertAttachments(UUID message, List<MailboxMessage.AttachmentOutcome> attachments) {
        for (MailboxMessage.AttachmentOutcome attachment : attachments) {
            jdbc.sql("insert into mailbox_attachment (id, message, position, filename, content_type, size_bytes,"
                            + " document_id, refusal) values (:id, :message, :position, :filename, :contentType,"
                            + " :size, :document, :refusal)")
                    .param("id", UUID.randomUUID())
                    .param("message", message)
                    .param("position", attachment.position())
                    .param("filename", cut(attachment.filename(), 255))
                    .param("contentType", cut(attachment.contentType(), 255))
                    .param("size", attachment.size())
                    .param("document", attachment.documentId())
                    .param("refusal", cut(attachment.refusal(), 500))
                    .update();
        }
    }

    private List<MailboxMessage.AttachmentOutcome> attachments(UUID message) {
        return jdbc.sql("select position, filename, content_type, size_bytes, document_id, refusal"
                        + " from mailbox_attachment where message = :message order by position")
                .param("message", message)
                .query((rs, row) -> new MailboxMessage.AttachmentOutcome(
                        rs.getInt("position"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getObject("document_id", UUID.class),
                        rs.getString("refusal")))
                .list();
    }

    private MailboxMessage message(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String outcome = rs.getString("outcome");
        return new MailboxMessage(
                id,
                rs.getString("message_key"),
                rs.getString("message_id"),
                rs.getString("sender"),
                rs.getString("subject"),
                instant(rs.getTimestamp("sent_at")),
                rs.getTimestamp("fetched_at").toInstant(),
                MailboxMessage.State.valueOf(rs.getString("state")),
                outcome == null ? null : MailboxMessage.Outcome.valueOf(outcome),
                rs.getString("complaint_reference"),
                rs.getInt("attempts"),
                rs.getTimestamp("last_attempt_at").toInstant(),
                rs.getString("failure"),
                attachments(id),
                rs.getLong("version"));
    }

    private static @Nullable String cut(@Nullable String text, int maximum) {
        return text == null || text.length() <= maximum ? text : text.substring(0, maximum);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
