package org.putright.complaint.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.ComplaintSummary;
import org.putright.complaint.DeadlineAlert;
import org.putright.complaint.DeadlineAlerts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDeadlineAlerts implements DeadlineAlerts {

    private static final String COLUMNS =
            "reference, version, status, stage, received_at, channel, resident_id, category,"
                    + " handler, next_deadline, acknowledge_by, respond_by, next_update_by";

    private final JdbcClient jdbc;

    JdbcDeadlineAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ComplaintSummary> dueBy(LocalDate horizon) {
        return jdbc.sql("select " + COLUMNS
                        + " from complaint where next_deadline is not null and next_deadline <= :horizon"
                        + " order by next_deadline, reference")
                .param("horizon", Date.valueOf(horizon))
                .query(JdbcComplaintRepository::summary)
                .list();
    }

    @Override
    public List<ComplaintSummary> updatesDueBy(LocalDate day) {
        return jdbc.sql("select " + COLUMNS
                        + " from complaint where next_update_by is not null and next_update_by <= :day"
                        + " order by next_update_by, reference")
                .param("day", Date.valueOf(day))
                .query(JdbcComplaintRepository::summary)
                .list();
    }

    @Override
    public boolean raiseIfNew(DeadlineAlert alert) {
        boolean exists = jdbc.sql(
                                "select count(*) from deadline_alert where reference = :reference and kind = :kind and deadline = :deadline")
                        .param("reference", alert.reference().value())
                        .param("kind", alert.kind().name())
                        .param("deadline", Date.valueOf(alert.deadline()))
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                        insert into deadline_alert (id, reference, kind, deadline, handler, raised_at)
                        values (:id, :reference, :kind, :deadline, :handler, :raisedAt)
                        """)
                .param("id", alert.id())
                .param("reference", alert.reference().value())
                .param("kind", alert.kind().name())
                .param("deadline", Date.valueOf(alert.deadline()))
                .param("handler", alert.handler())
                .param("raisedAt", Timestamp.from(alert.raisedAt()))
                .update();
        return true;
    }

    @Override
    public List<DeadlineAlert> open(@Nullable String handler) {
        String where = handler == null ? "" : " and handler = :handler";
        JdbcClient.StatementSpec query =
                jdbc.sql("select id, reference, kind, deadline, handler, raised_at, dismissed_at from deadline_alert"
                        + " where dismissed_at is null" + where + " order by deadline, reference, kind");
        if (handler != null) {
            query = query.param("handler", handler);
        }
        return query.query((rs, row) -> new DeadlineAlert(
                        rs.getObject("id", UUID.class),
                        new ComplaintReference(rs.getString("reference")),
                        DeadlineAlert.Kind.valueOf(rs.getString("kind")),
                        rs.getDate("deadline").toLocalDate(),
                        rs.getString("handler"),
                        rs.getTimestamp("raised_at").toInstant(),
                        null))
                .list();
    }

    @Override
    public boolean dismiss(UUID id, String by, Instant at) {
        return jdbc.sql(
                                "update deadline_alert set dismissed_at = :at, dismissed_by = :by where id = :id and dismissed_at is null")
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("id", id)
                        .update()
                > 0;
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
