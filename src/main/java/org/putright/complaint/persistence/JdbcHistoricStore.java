package org.putright.complaint.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ChainHashes;
import org.putright.complaint.ComplaintSummary;
import org.putright.complaint.HistoricStore;
import org.putright.complaint.RecordedEvent;
import org.putright.complaint.Remedy;
import org.putright.complaint.StageFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes imported complaints in bulk: the same rows {@link JdbcComplaintRepository}, {@link
 * JdbcStageFactsStore} and {@link JdbcFollowUps} write one complaint at a time, many complaints per
 * statement. Events are encoded by the same {@link EventCodec}, so an imported record reads back
 * like any other.
 */
@Repository
class JdbcHistoricStore implements HistoricStore {

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private @Nullable Boolean postgres;

    JdbcHistoricStore(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> nextSerials(int count) {
        if (count == 0) {
            return List.of();
        }
        // Both take many numbers in one round trip; only the name of the row generator differs.
        String rows = isPostgres() ? "generate_series(1, :count)" : "system_range(1, :count)";
        return jdbc.sql("select nextval('complaint_serial') from " + rows)
                .param("count", count)
                .query(Long.class)
                .list();
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = template.execute((java.sql.Connection connection) -> connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres"));
            postgres = known;
        }
        return Boolean.TRUE.equals(known);
    }

    @Override
    public Set<String> imported(Collection<String> importKeys) {
        Set<String> found = new HashSet<>();
        // One array parameter rather than thousands of bound values: one short statement to plan.
        template.query(
                connection -> {
                    java.sql.PreparedStatement statement = connection.prepareStatement(
                            "select import_key from complaint_import where import_key = any (?)");
                    statement.setArray(1, connection.createArrayOf("varchar", importKeys.toArray()));
                    return statement;
                },
                (java.sql.ResultSet rs) -> {
                    found.add(rs.getString(1));
                });
        return found;
    }

    @Override
    public Batch render(List<Imported> complaints, Instant importedAt) {
        Timestamp now = Timestamp.from(importedAt);
        BulkInsert summaries = new BulkInsert(
                "complaint",
                "reference, version, status, stage, received_at, channel, resident_id, category, handler,"
                        + " next_deadline, acknowledge_by, respond_by, next_update_by, updated_at");
        BulkInsert events = new BulkInsert("complaint_event", EventRow.COLUMNS);
        BulkInsert facts = new BulkInsert("complaint_stage_fact", StageFactRows.COLUMNS);
        BulkInsert remedies = new BulkInsert(
                "complaint_remedy",
                "id, reference, stage, remedy_type, description, amount, due_by, status, approved_by, approved_at,"
                        + " completed_at");
        BulkInsert keys = new BulkInsert("complaint_import", "import_key, reference, imported_at");
        for (Imported imported : complaints) {
            ComplaintSummary summary = imported.summary();
            String reference = summary.reference().value();
            summaries.add(
                    reference,
                    summary.version(),
                    summary.status().name(),
                    summary.stage(),
                    Timestamp.from(summary.receivedAt()),
                    summary.channel().name(),
                    summary.residentId(),
                    summary.category(),
                    summary.handler(),
                    date(summary.nextDeadline()),
                    date(summary.acknowledgeBy()),
                    date(summary.respondBy()),
                    date(summary.nextUpdateBy()),
                    now);
            // An imported record is chained like a native one (ADR 0011), from its first entry.
            String previous = ChainHashes.GENESIS;
            for (RecordedEvent event : imported.complaint().unsavedEvents()) {
                EventRow row = EventRow.of(summary.reference(), event, previous);
                events.add(row.values().toArray());
                previous = row.chainHash();
            }
            for (StageFacts fact : imported.facts()) {
                facts.add(StageFactRows.values(fact).toArray());
            }
            for (Remedy remedy : imported.complaint().remedies()) {
                remedies.add(
                        remedy.id(),
                        reference,
                        remedy.stage(),
                        remedy.type().name(),
                        remedy.description(),
                        remedy.amount(),
                        date(remedy.dueBy()),
                        remedy.status().name(),
                        remedy.approvedBy(),
                        timestamp(remedy.approvedAt()),
                        timestamp(remedy.completedAt()));
            }
            keys.add(imported.importKey(), reference, now);
        }
        // Parents first: events, facts, remedies and keys refer to the complaint row.
        List<BulkInsert> tables = List.of(summaries, events, facts, remedies, keys);
        if (isPostgres()) {
            tables.forEach(BulkInsert::renderForCopy);
        }
        return new Tables(tables);
    }

    @Override
    public void write(Batch batch) {
        if (!(batch instanceof Tables(List<BulkInsert> tables))) {
            throw new IllegalArgumentException("A batch is written by the store that rendered it");
        }
        tables.forEach(table -> table.execute(template));
    }

    /** A rendered batch: its tables in the order they are written. */
    private record Tables(List<BulkInsert> tables) implements Batch {}

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
