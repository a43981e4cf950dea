package org.putright.complaint.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Channel;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Decision;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.StageFacts;

/**
 * A {@link StageFacts} as a row of {@code complaint_stage_fact} and back. The writer, the bulk
 * import and the queries that list what a figure counted all go through here, so that the three
 * cannot drift apart on a column or on how a day is derived from an instant.
 */
final class StageFactRows {

    static final String COLUMNS = "reference, stage, channel, category, resident_id, handler, started_at,"
            + " started_on, started_month, acknowledge_by, acknowledged_at, acknowledged_on, acknowledged_on_time,"
            + " definition_recorded, respond_by_original, respond_by, respond_by_allowed, extension_count,"
            + " extension_working_days, extensions_notified_in_time, extensions_within_cap, extension_letters_issued,"
            + " responded_at,"
            + " responded_on, responded_month, responded_on_time, within_timescale, decision,"
            + " response_letter_issued, refused_at, refused_on, refusal_ground, refusal_reasons_given,"
            + " refusal_letter_issued, withdrawn_at, withdrawn_on, closed_at, closed_on, handler_independent, remedies, financial_remedies,"
            + " compensation_offered, compensation_paid, remedies_with_due_date, remedies_completed,"
            + " remedies_completed_on_time, actions, actions_completed, actions_completed_on_time";

    private StageFactRows() {}

    /**
     * The row's values in the order of {@link #COLUMNS}, for a statement with positional
     * parameters: a complaint's facts are written with every step it takes, and binding 49 named
     * parameters cost more than the rest of the insert.
     */
    static List<@Nullable Object> values(StageFacts fact) {
        return row(fact).values;
    }

    /** The row by column name, in the order of {@link #COLUMNS}. */
    static Map<String, @Nullable Object> parameters(StageFacts fact) {
        Row row = row(fact);
        Map<String, @Nullable Object> named = LinkedHashMap.newLinkedHashMap(row.columns.size());
        for (int i = 0; i < row.columns.size(); i++) {
            named.put(row.columns.get(i), row.values.get(i));
        }
        return named;
    }

    /** Each value beside the name of its column, in the order they are put. */
    private static final class Row {
        final List<String> columns = new ArrayList<>(64);
        final List<@Nullable Object> values = new ArrayList<>(64);

        void put(String column, @Nullable Object value) {
            columns.add(column);
            values.add(value);
        }
    }

    private static Row row(StageFacts fact) {
        Row row = new Row();
        row.put("reference", fact.reference().value());
        row.put("stage", fact.stage());
        row.put("channel", fact.channel().name());
        row.put("category", fact.category());
        row.put("resident_id", fact.residentId());
        row.put("handler", fact.handler());
        row.put("started_at", Timestamp.from(fact.startedAt()));
        row.put("started_on", Date.valueOf(fact.startedOn()));
        row.put("started_month", month(fact.startedOn()));
        StageFacts.Acknowledgement acknowledgement = fact.acknowledgement();
        row.put("acknowledge_by", Date.valueOf(acknowledgement.due()));
        row.put("acknowledged_at", timestamp(acknowledgement.at()));
        row.put("acknowledged_on", day(acknowledgement.at()));
        row.put("acknowledged_on_time", acknowledgement.onTime());
        row.put("definition_recorded", acknowledgement.definitionRecorded());
        StageFacts.Answer answer = fact.answer();
        row.put("respond_by_original", date(answer.dueBeforeExtensions()));
        row.put("respond_by", date(answer.due()));
        row.put("respond_by_allowed", date(answer.dueAllowed()));
        StageFacts.Extensions extensions = fact.extensions();
        row.put("extension_count", extensions.count());
        row.put("extension_working_days", extensions.workingDays());
        row.put("extensions_notified_in_time", extensions.allNotifiedInTime());
        row.put("extensions_within_cap", extensions.allWithinCapOrGoodReason());
        row.put("extension_letters_issued", extensions.lettersIssued());
        row.put("responded_at", timestamp(answer.at()));
        row.put("responded_on", day(answer.at()));
        row.put("responded_month", answer.at() == null ? null : month(WorkingCalendar.dayOf(answer.at())));
        row.put("responded_on_time", answer.onTime());
        row.put("within_timescale", fact.withinTimescale());
        row.put("decision", answer.decision() == null ? null : answer.decision().name());
        row.put("response_letter_issued", answer.letterIssued());
        StageFacts.Refused refused = fact.refused();
        row.put("refused_at", refused == null ? null : timestamp(refused.at()));
        row.put("refused_on", refused == null ? null : day(refused.at()));
        row.put("refusal_ground", refused == null ? null : refused.ground().name());
        row.put("refusal_reasons_given", refused == null ? null : refused.reasonsGiven());
        row.put("refusal_letter_issued", refused == null ? null : refused.letterIssued());
        row.put("withdrawn_at", timestamp(fact.withdrawnAt()));
        row.put("withdrawn_on", day(fact.withdrawnAt()));
        row.put("closed_at", timestamp(fact.closedAt()));
        row.put("closed_on", day(fact.closedAt()));
        row.put("handler_independent", fact.handlerIndependent());
        StageFacts.FollowThrough follow = fact.followThrough();
        row.put("remedies", follow.remedies());
        row.put("financial_remedies", follow.financialRemedies());
        row.put("compensation_offered", follow.compensationOffered());
        row.put("compensation_paid", follow.compensationPaid());
        row.put("remedies_with_due_date", follow.remediesWithDueDate());
        row.put("remedies_completed", follow.remediesCompleted());
        row.put("remedies_completed_on_time", follow.remediesCompletedOnTime());
        row.put("actions", follow.actions());
        row.put("actions_completed", follow.actionsCompleted());
        row.put("actions_completed_on_time", follow.actionsCompletedOnTime());
        return row;
    }

    static StageFacts facts(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        String ground = rs.getString("refusal_ground");
        Timestamp refusedAt = rs.getTimestamp("refused_at");
        return new StageFacts(
                new ComplaintReference(rs.getString("reference")),
                rs.getInt("stage"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("category"),
                rs.getObject("resident_id", UUID.class),
                rs.getString("handler"),
                rs.getTimestamp("started_at").toInstant(),
                new StageFacts.Acknowledgement(
                        rs.getDate("acknowledge_by").toLocalDate(),
                        instant(rs.getTimestamp("acknowledged_at")),
                        rs.getBoolean("definition_recorded")),
                new StageFacts.Extensions(
                        rs.getInt("extension_count"),
                        rs.getInt("extension_working_days"),
                        rs.getBoolean("extensions_notified_in_time"),
                        rs.getBoolean("extensions_within_cap"),
                        rs.getBoolean("extension_letters_issued")),
                new StageFacts.Answer(
                        localDate(rs.getDate("respond_by_original")),
                        localDate(rs.getDate("respond_by")),
                        localDate(rs.getDate("respond_by_allowed")),
                        instant(rs.getTimestamp("responded_at")),
                        decision == null ? null : Decision.valueOf(decision),
                        rs.getBoolean("response_letter_issued")),
                ground == null || refusedAt == null
                        ? null
                        : new StageFacts.Refused(
                                refusedAt.toInstant(),
                                RefusalGround.valueOf(ground),
                                rs.getBoolean("refusal_reasons_given"),
                                rs.getBoolean("refusal_letter_issued")),
                instant(rs.getTimestamp("withdrawn_at")),
                instant(rs.getTimestamp("closed_at")),
                nullableBoolean(rs, "handler_independent"),
                new StageFacts.FollowThrough(
                        rs.getInt("remedies"),
                        rs.getInt("financial_remedies"),
                        money(rs.getBigDecimal("compensation_offered")),
                        money(rs.getBigDecimal("compensation_paid")),
                        rs.getInt("remedies_with_due_date"),
                        rs.getInt("remedies_completed"),
                        rs.getInt("remedies_completed_on_time"),
                        rs.getInt("actions"),
                        rs.getInt("actions_completed"),
                        rs.getInt("actions_completed_on_time")));
    }

    private static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    static BigDecimal money(@Nullable BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

    private static @Nullable Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Date day(@Nullable Instant instant) {
        return instant == null ? null : Date.valueOf(WorkingCalendar.dayOf(instant));
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
