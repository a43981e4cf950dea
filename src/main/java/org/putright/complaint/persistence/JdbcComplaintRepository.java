package org.putright.complaint.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Channel;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintPage;
import org.putright.complaint.ComplaintQuery;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.ComplaintRepository;
import org.putright.complaint.ComplaintSummary;
import org.putright.complaint.RecordedEvent;
import org.putright.complaint.Status;
import org.putright.system.problem.Conflict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcComplaintRepository implements ComplaintRepository {

    private static final String SUMMARY_COLUMNS =
            "reference, version, status, stage, received_at, channel, resident_id, category, handler,"
                    + " next_deadline, acknowledge_by, respond_by, next_update_by";

    /** Positional: every step a complaint takes writes one, and named parameters cost more to bind. */
    private static final String INSERT_EVENT = "insert into complaint_event (" + EventRow.COLUMNS + ") values ("
            + EventRow.COLUMNS.replaceAll("[a-z_]+", "?") + ")";

    private final JdbcClient jdbc;
    private final JdbcFollowUps followUps;
    private final JdbcTimelineStore timeline;
    /** A worklist counts its matches up to this many, or to the end of the page asked for if further. */
    private final long countedUpTo;

    JdbcComplaintRepository(
            JdbcClient jdbc,
            JdbcFollowUps followUps,
            JdbcTimelineStore timeline,
            @Value("${putright.worklist.counted-up-to:10000}") long countedUpTo) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.timeline = timeline;
        this.countedUpTo = countedUpTo;
    }

    @Override
    public ComplaintReference nextReference(int year) {
        long serial =
                jdbc.sql("select nextval('complaint_serial')").query(Long.class).single();
        return ComplaintReference.of(year, serial);
    }

    @Override
    public Optional<Complaint> find(ComplaintReference reference) {
        List<RecordedEvent> events = jdbc.sql("""
                        select sequence, event_type, recorded_at, recorded_by, payload
                          from complaint_event where reference = :reference order by sequence
                        """)
                .param("reference", reference.value())
                .query((rs, row) -> new RecordedEvent(
                        rs.getInt("sequence"),
                        EventCodec.read(rs.getString("event_type"), rs.getString("payload")),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        return events.isEmpty() ? Optional.empty() : Optional.of(Complaint.replay(reference, events));
    }

    @Override
    public void save(Complaint complaint, ComplaintSummary summary) {
        List<RecordedEvent> unsaved = complaint.unsavedEvents();
        if (unsaved.isEmpty()) {
            return;
        }
        int previousVersion = unsaved.getFirst().sequence() - 1;
        if (previousVersion == 0) {
            insertSummary(summary);
        } else if (writeSummary(summary, previousVersion) == 0) {
            throw concurrentChange(complaint.reference());
        }
        // Each entry is chained to the one before it in the same transaction (ADR 0011); the
        // summary's version check above means no other step is appending meanwhile.
        String previous = timeline.chainHashOf(complaint.reference(), previousVersion);
        try {
            for (RecordedEvent event : unsaved) {
                EventRow row = EventRow.of(complaint.reference(), event, previous);
                jdbc.sql(INSERT_EVENT).params(row.values()).update();
                previous = row.chainHash();
            }
        } catch (DuplicateKeyException e) {
            throw concurrentChange(complaint.reference());
        }
        if (!complaint.remedies().isEmpty() || !complaint.outstandingActions().isEmpty()) {
            followUps.rewrite(complaint);
        }
        complaint.markSaved();
    }

    @Override
    public void updateSummary(ComplaintSummary summary) {
        writeSummary(summary, summary.version());
    }

    @Override
    public ComplaintPage list(ComplaintQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (query.status() != null) {
            where.append(" and status = :status");
            params.add(new Object[] {"status", query.status().name()});
        }
        if (query.stage() != null) {
            where.append(" and stage = :stage");
            params.add(new Object[] {"stage", query.stage()});
        }
        if (query.handler() != null) {
            where.append(" and handler = :handler");
            params.add(new Object[] {"handler", query.handler()});
        }
        if (query.category() != null) {
            where.append(" and category = :category");
            params.add(new Object[] {"category", query.category()});
        }
        if (query.residentId() != null) {
            where.append(" and resident_id = :residentId");
            params.add(new Object[] {"residentId", query.residentId()});
        }
        if (query.overdueOn() != null) {
            where.append(" and next_deadline < :overdueOn");
            params.add(new Object[] {"overdueOn", Date.valueOf(query.overdueOn())});
        }
        if (query.dueBefore() != null) {
            where.append(" and next_deadline < :dueBefore");
            params.add(new Object[] {"dueBefore", Date.valueOf(query.dueBefore())});
        }
        ComplaintQuery.Matching matching = query.matching();
        if (matching != null) {
            // Both branches use an index: the primary key, and complaint_by_resident.
            List<String> either = new ArrayList<>();
            if (matching.reference() != null) {
                either.add("reference = :matchingReference");
                params.add(
                        new Object[] {"matchingReference", matching.reference().value()});
            }
            if (!matching.residentIds().isEmpty()) {
                either.add("resident_id in (:matchingResidents)");
                params.add(new Object[] {"matchingResidents", List.copyOf(matching.residentIds())});
            }
            where.append(either.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", either) + ")");
        }
        // Counting every match would read a million index entries for an unfiltered worklist: count
        // one past the cap (or past the page asked for), which says whether there are more.
        long countLimit = Math.max(countedUpTo, (long) (query.page() + 1) * query.size()) + 1;
        JdbcClient.StatementSpec count = jdbc.sql(
                        "select count(*) from (select 1 from complaint" + where + " limit :countLimit) counted")
                .param("countLimit", countLimit);
        JdbcClient.StatementSpec page = jdbc.sql("select " + SUMMARY_COLUMNS + " from complaint" + where
                + " order by next_deadline nulls last, reference limit :limit offset :offset");
        for (Object[] param : params) {
            count = count.param((String) param[0], param[1]);
            page = page.param((String) param[0], param[1]);
        }
        long total = count.query(Long.class).single();
        List<ComplaintSummary> items = page.param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(JdbcComplaintRepository::summary)
                .list();
        boolean exact = total < countLimit;
        return new ComplaintPage(items, query.page(), query.size(), exact ? total : countLimit - 1, exact);
    }

    @Override
    public List<ComplaintReference> openReferences() {
        return jdbc.sql("select reference from complaint where status not in ('CLOSED', 'REFUSED', 'WITHDRAWN')")
                .query((rs, row) -> new ComplaintReference(rs.getString("reference")))
                .list();
    }

    private void insertSummary(ComplaintSummary summary) {
        try {
            jdbc.sql("insert into complaint (" + SUMMARY_COLUMNS + ", updated_at) values (:reference, :version,"
                            + " :status, :stage, :receivedAt, :channel, :residentId, :category, :handler, :nextDeadline,"
                            + " :acknowledgeBy, :respondBy, :nextUpdateBy, current_timestamp)")
                    .params(new SummaryParameters(summary).values())
                    .update();
        } catch (DuplicateKeyException e) {
            throw concurrentChange(summary.reference());
        }
    }

    private int writeSummary(ComplaintSummary summary, int expectedVersion) {
        return jdbc.sql("""
                        update complaint set version = :version, status = :status, stage = :stage,
                               category = :category, handler = :handler, next_deadline = :nextDeadline,
                               acknowledge_by = :acknowledgeBy, respond_by = :respondBy,
                               next_update_by = :nextUpdateBy, updated_at = current_timestamp
                         where reference = :reference and version = :expected
                        """)
                .params(new SummaryParameters(summary).values())
                .param("expected", expectedVersion)
                .update();
    }

    private static Conflict concurrentChange(ComplaintReference reference) {
        return new Conflict(
                "concurrent-change",
                "Changed meanwhile",
                "Someone else recorded a step on " + reference + " at the same time. Reload it and try again.");
    }

    static ComplaintSummary summary(ResultSet rs, int row) throws SQLException {
        return new ComplaintSummary(
                new ComplaintReference(rs.getString("reference")),
                rs.getInt("version"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("stage"),
                rs.getTimestamp("received_at").toInstant(),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("resident_id", UUID.class),
                rs.getString("category"),
                rs.getString("handler"),
                date(rs.getDate("next_deadline")),
                date(rs.getDate("acknowledge_by")),
                date(rs.getDate("respond_by")),
                date(rs.getDate("next_update_by")));
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The summary's columns as named parameters. */
    private record SummaryParameters(ComplaintSummary summary) {
        java.util.Map<String, @Nullable Object> values() {
            java.util.Map<String, @Nullable Object> values = new java.util.HashMap<>();
            values.put("reference", summary.reference().value());
            values.put("version", summary.version());
            values.put("status", summary.status().name());
            values.put("stage", summary.stage());
            values.put("receivedAt", Timestamp.from(summary.receivedAt()));
            values.put("channel", summary.channel().name());
            values.put("residentId", summary.residentId());
            values.put("category", summary.category());
            values.put("handler", summary.handler());
            values.put("nextDeadline", sqlDate(summary.nextDeadline()));
            values.put("acknowledgeBy", sqlDate(summary.acknowledgeBy()));
            values.put("respondBy", sqlDate(summary.respondBy()));
            values.put("nextUpdateBy", sqlDate(summary.nextUpdateBy()));
            return values;
        }

        private static @Nullable Date sqlDate(@Nullable LocalDate date) {
            return date == null ? null : Date.valueOf(date);
        }
    }
}
