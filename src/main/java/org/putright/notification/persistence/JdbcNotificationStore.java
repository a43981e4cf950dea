package org.putright.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.DeadlineAlert;
import org.putright.notification.Notification;
import org.putright.notification.NotificationStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNotificationStore implements NotificationStore {

    private static final String COLUMNS = "id, recipient, alert_id, kind, reference, deadline, message, created_at,"
            + " read_at, email_to, email_state, email_attempts, next_attempt_at, email_failure";

    private final JdbcClient jdbc;

    JdbcNotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfNew(Notification notification) {
        int existing = jdbc.sql("select count(*) from notification where alert_id = :alert and recipient = :recipient")
                .param("alert", notification.alertId())
                .param("recipient", notification.recipient())
                .query(Integer.class)
                .single();
        if (existing > 0) {
            return false;
        }
        try {
            jdbc.sql("insert into notification (" + COLUMNS + ") values (:id, :recipient, :alert, :kind, :reference,"
                            + " :deadline, :message, :createdAt, :readAt, :emailTo, :emailState, :attempts, :next,"
                            + " :failure)")
                    .param("id", notification.id())
                    .param("recipient", notification.recipient())
                    .param("alert", notification.alertId())
                    .param("kind", notification.kind().name())
                    .param("reference", notification.reference())
                    .param("deadline", notification.deadline())
                    .param("message", notification.message())
                    .param("createdAt", Timestamp.from(notification.createdAt()))
                    .param("readAt", timestamp(notification.readAt()))
                    .param("emailTo", notification.emailTo())
                    .param("emailState", notification.emailState().name())
                    .param("attempts", notification.emailAttempts())
                    .param("next", timestamp(notification.nextAttemptAt()))
                    .param("failure", notification.emailFailure())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Notification> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id")
                .param("id", id)
                .query((rs, row) -> notification(rs))
                .optional();
    }

    @Override
    public List<Notification> aboutComplaints(List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from notification where reference in (:references)"
                        + " order by created_at, id")
                .param("references", references)
                .query((rs, row) -> notification(rs))
                .list();
    }

    @Override
    public List<Notification> forRecipient(String recipient, boolean unreadOnly, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient = :recipient"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, reference limit :limit")
                .param("recipient", recipient)
                .param("limit", limit)
                .query((rs, row) -> notification(rs))
                .list();
    }

    @Override
    public int unreadCount(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = :recipient and read_at is null")
                .param("recipient", recipient)
                .query(Integer.class)
                .single();
    }

    @Override
    public boolean markRead(UUID id, String recipient, Instant at) {
        return jdbc.sql("update notification set read_at = :at where id = :id and recipient = :recipient"
                                + " and read_at is null")
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("recipient", recipient)
                        .update()
                > 0;
    }

    @Override
    public List<Notification> emailsDue(Instant now) {
        return jdbc.sql("select " + COLUMNS + " from notification where email_state = 'PENDING'"
                        + " and next_attempt_at <= :now order by next_attempt_at")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> notification(rs))
                .list();
    }

    @Override
    public boolean claim(UUID id, int attempts, Instant now, Instant leaseUntil) {
        return jdbc.sql(
                                "update notification set next_attempt_at = :lease where id = :id"
                                        + " and email_state = 'PENDING' and email_attempts = :attempts and next_attempt_at <= :now")
                        .param("lease", Timestamp.from(leaseUntil))
                        .param("id", id)
                        .param("attempts", attempts)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    @Override
    public void emailAttempted(
            UUID id,
            Notification.EmailState state,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String failure) {
        jdbc.sql("update notification set email_state = :state, email_attempts = :attempts,"
                        + " next_attempt_at = :next, email_failure = :failure where id = :id")
                .param("state", state.name())
                .param("attempts", attempts)
                .param("next", timestamp(nextAttemptAt))
                .param("failure", failure)
                .param("id", id)
                .update();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getObject("alert_id", UUID.class),
                DeadlineAlert.Kind.valueOf(rs.getString("kind")),
                rs.getString("reference"),
                rs.getObject("deadline", java.time.LocalDate.class),
                rs.getString("message"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("read_at")),
                rs.getString("email_to"),
                Notification.EmailState.valueOf(rs.getString("email_state")),
                rs.getInt("email_attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                rs.getString("email_failure"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
