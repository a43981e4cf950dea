package org.putright.complaint.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Deadlines;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactQueries;
import org.putright.complaint.StageFacts;
import org.putright.complaint.StageGrouping;
import org.putright.complaint.StageTally;
import org.putright.complaint.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregate queries over the stage facts table that reports, dashboards and the
 * self-assessment read; {@link JdbcStageFactsStore} writes it. Every figure is a single {@code select
 * ... where <day> between :from and :to} on an indexed date column with portable SQL (no
 * booleans summed directly, no database-specific date functions), so it runs alike on H2 and
 * PostgreSQL.
 */
@Repository
class JdbcStageFactQueries implements StageFactQueries {

    /**
     * The tally's aggregates by the part they belong to. A part not asked for is selected as
     * constant zeros, so that every tally reads alike and a narrow one reads fewer columns.
     */
    private static final Map<StageTally.Part, List<String>> TALLY = new EnumMap<>(Map.of(
            StageTally.Part.VOLUMES,
            List.of(
                    "sum(case when refused_on is not null then 1 else 0 end) as refused",
                    "sum(case when withdrawn_on is not null then 1 else 0 end) as withdrawn",
                    "sum(case when closed_on is not null then 1 else 0 end) as closed"),
            StageTally.Part.ACKNOWLEDGEMENTS,
            List.of(
                    "sum(case when acknowledged_on is not null then 1 else 0 end) as acknowledged",
                    "sum(case when acknowledged_on_time then 1 else 0 end) as acknowledged_on_time",
                    "sum(case when definition_recorded then 1 else 0 end) as definition_recorded",
                    "sum(case when handler_independent is not null then 1 else 0 end) as handler_checked",
                    "sum(case when handler_independent then 1 else 0 end) as handler_independent"),
            StageTally.Part.EXTENSIONS,
            List.of(
                    "sum(case when extension_count > 0 then 1 else 0 end) as extended",
                    "coalesce(sum(extension_working_days), 0) as extension_working_days",
                    "sum(case when extension_count > 0 and extensions_notified_in_time then 1 else 0 end)"
                            + " as notified_in_time",
                    "sum(case when extension_count > 0 and extensions_within_cap then 1 else 0 end) as within_cap"),
            StageTally.Part.EXTENSION_LETTERS,
            List.of("sum(case when extension_count > 0 and extension_letters_issued then 1 else 0 end)"
                    + " as extensions_with_letters"),
            StageTally.Part.RESPONSES,
            List.of(
                    "sum(case when responded_on is not null then 1 else 0 end) as responded",
                    "sum(case when responded_on_time then 1 else 0 end) as responded_on_time",
                    "sum(case when within_timescale then 1 else 0 end) as within_timescale",
                    "sum(case when decision = 'UPHELD' then 1 else 0 end) as upheld",
                    "sum(case when decision = 'PARTLY_UPHELD' then 1 else 0 end) as partly_upheld",
                    "sum(case when decision = 'NOT_UPHELD' then 1 else 0 end) as not_upheld",
                    "sum(case when response_letter_issued then 1 else 0 end) as response_letters"),
            StageTally.Part.REFUSALS,
            List.of(
                    "sum(case when refusal_reasons_given then 1 else 0 end) as refusals_with_reasons",
                    "sum(case when refusal_letter_issued then 1 else 0 end) as refusal_letters",
                    "sum(case when refusal_reasons_given and refusal_letter_issued then 1 else 0 end)"
                            + " as refusals_with_reasons_and_letter"),
            StageTally.Part.FOLLOW_THROUGH,
            List.of(
                    "coalesce(sum(remedies), 0) as remedies",
                    "coalesce(sum(financial_remedies), 0) as financial_remedies",
                    "coalesce(sum(compensation_offered), 0) as compensation_offered",
                    "coalesce(sum(compensation_paid), 0) as compensation_paid",
                    "coalesce(sum(remedies_with_due_date), 0) as remedies_with_due_date",
                    "coalesce(sum(remedies_completed), 0) as remedies_completed",
                    "coalesce(sum(remedies_completed_on_time), 0) as remedies_completed_on_time",
                    "coalesce(sum(actions), 0) as actions",
                    "coalesce(sum(actions_completed), 0) as actions_completed",
                    "coalesce(sum(actions_completed_on_time), 0) as actions_completed_on_time"),
            // A response has its letter and a refusal its letter: the steps the record must hold in
            // writing (5.12).
            StageTally.Part.RECORDS,
            List.of("sum(case when (responded_at is null or response_letter_issued)"
                    + " and (refused_at is null or refusal_letter_issued) then 1 else 0 end) as records_complete")));

    private static final Set<StageTally.Part> EVERY_PART = EnumSet.allOf(StageTally.Part.class);

    private static final List<String> OPEN_STATUSES = Arrays.stream(Status.values())
            .filter(Status::isOpen)
            .map(Status::name)
            .toList();

    private final JdbcClient jdbc;

    JdbcStageFactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StageTally> tally(StageFactFilter filter, StageGrouping grouping) {
        List<StageGrouping> by = grouping == StageGrouping.NONE ? List.of() : List.of(grouping);
        return tally(filter, by, EVERY_PART).stream().map(GroupTally::tally).toList();
    }

    @Override
    public List<GroupTally> tally(StageFactFilter filter, List<StageGrouping> groupings, Set<StageTally.Part> parts) {
        StageFactFilterClause where = StageFactFilterClause.of(filter);
        List<String> keys = groupings.stream()
                .map(JdbcStageFactQueries::keyColumn)
                .filter(Objects::nonNull)
                .toList();
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(keys.get(i)).append(" as key_").append(i).append(", ");
        }
        sql.append(aggregates(parts)).append(" from complaint_stage_fact").append(where.sql());
        if (!keys.isEmpty()) {
            String columns = String.join(", ", keys);
            sql.append(" group by ").append(columns).append(" order by ").append(columns);
        }
        int keyCount = keys.size();
        List<GroupTally> rows = where.bind(jdbc.sql(sql.toString()))
                .query((rs, row) -> {
                    List<@Nullable String> values = new ArrayList<>(keyCount);
                    for (int i = 0; i < keyCount; i++) {
                        values.add(rs.getString("key_" + i));
                    }
                    return new GroupTally(values, tally(rs, keyCount == 1 ? values.getFirst() : null));
                })
                .list();
        if (keyCount == 0 && rows.size() == 1 && rows.getFirst().tally().stages() == 0) {
            return List.of(new GroupTally(List.of(), StageTally.empty(null)));
        }
        return rows;
    }

    @Override
    public List<Long> counts(List<StageFactFilter> filters) {
        if (filters.isEmpty()) {
            return List.of();
        }
        // One scalar subquery a filter, so that each is planned on its own day's index as the
        // fewest-rows hand-written SQL is, rather than as one grouped pass over every stage of the period.
        List<StageFactFilterClause> clauses = new ArrayList<>(filters.size());
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < filters.size(); i++) {
            StageFactFilterClause where = StageFactFilterClause.of(filters.get(i), "_" + i);
            clauses.add(where);
            sql.append(i == 0 ? "" : ", ")
                    .append("(select count(*) from complaint_stage_fact")
                    .append(where.sql())
                    .append(") as count_")
                    .append(i);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
        for (StageFactFilterClause where : clauses) {
            statement = where.bind(statement);
        }
        return statement
                .query((rs, row) -> {
                    List<Long> counts = new ArrayList<>(filters.size());
                    for (int i = 0; i < filters.size(); i++) {
                        counts.add(rs.getLong("count_" + i));
                    }
                    return counts;
                })
                .single();
    }

    private static String aggregates(Set<StageTally.Part> parts) {
        StringBuilder columns = new StringBuilder("count(*) as stages");
        for (StageTally.Part part : StageTally.Part.values()) {
            for (String aggregate : TALLY.get(part)) {
                columns.append(", ");
                if (parts.contains(part)) {
                    columns.append(aggregate);
                } else {
                    columns.append("0").append(aggregate.substring(aggregate.lastIndexOf(" as ")));
                }
            }
        }
        return columns.toString();
    }

    private static @Nullable String keyColumn(StageGrouping grouping) {
        return switch (grouping) {
            case NONE -> null;
            case STAGE -> "stage";
            case CATEGORY -> "category";
            case CHANNEL -> "channel";
            case STARTED_MONTH -> "started_month";
            case RESPONDED_MONTH -> "responded_month";
            case DECISION -> "decision";
            case REFUSAL_GROUND -> "refusal_ground";
            case HANDLER -> "handler";
        };
    }

    @Override
    public List<StageFacts> list(StageFactFilter filter, int offset, int limit) {
        StageFactFilterClause where = StageFactFilterClause.of(filter);
        return where.bind(jdbc.sql("select " + StageFactRows.COLUMNS + " from complaint_stage_fact" + where.sql()
                        + " order by started_at, reference, stage limit :limit offset :offset"))
                .param("limit", limit)
                .param("offset", (long) offset)
                .query(StageFactRows::facts)
                .list();
    }

    @Override
    public void forEach(StageFactFilter filter, Consumer<StageFacts> each) {
        StageFactFilterClause where = StageFactFilterClause.of(filter);
        // The stream holds its connection until closed: closing it here returns the connection to
        // the pool however the caller's consumer ends.
        try (Stream<StageFacts> rows = where
                .bind(jdbc.sql("select " + StageFactRows.COLUMNS + " from complaint_stage_fact" + where.sql()
                        + " order by started_at, reference, stage"))
                .query(StageFactRows::facts)
                .stream()) {
            rows.forEach(each);
        }
    }

    @Override
    public List<OpenCaseCount> openCases(LocalDate today, LocalDate dueSoonBy) {
        // The state is named in a derived table, so that the grouping repeats no bound parameter
        // (PostgreSQL does not treat two bindings of the same value as the same expression).
        return jdbc.sql("""
                        select status, deadline_state, count(*) as complaints from (
                            select status,
                                   case when next_deadline is null then 'NONE'
                                        when next_deadline < :today then 'OVERDUE'
                                        when next_deadline <= :soon then 'DUE_SOON'
                                        else 'ON_TRACK' end as deadline_state
                              from complaint where status in (:open)) open_case
                         group by status, deadline_state order by status, deadline_state
                        """)
                // Named rather than "not closed": an index range per open status, not a scan of every
                // complaint ever made (docs/benchmarks.md, "Worklist").
                .param("open", OPEN_STATUSES)
                .param("today", Date.valueOf(today))
                .param("soon", Date.valueOf(dueSoonBy))
                .query((rs, row) -> new OpenCaseCount(
                        Status.valueOf(rs.getString("status")),
                        Deadlines.State.valueOf(rs.getString("deadline_state")),
                        rs.getLong("complaints")))
                .list();
    }

    private static StageTally tally(ResultSet rs, @Nullable String key) throws SQLException {
        return new StageTally(
                key,
                rs.getLong("stages"),
                rs.getLong("refused"),
                rs.getLong("withdrawn"),
                rs.getLong("closed"),
                rs.getLong("acknowledged"),
                rs.getLong("acknowledged_on_time"),
                rs.getLong("definition_recorded"),
                rs.getLong("extended"),
                rs.getLong("extension_working_days"),
                rs.getLong("notified_in_time"),
                rs.getLong("within_cap"),
                rs.getLong("extensions_with_letters"),
                rs.getLong("responded"),
                rs.getLong("responded_on_time"),
                rs.getLong("within_timescale"),
                rs.getLong("upheld"),
                rs.getLong("partly_upheld"),
                rs.getLong("not_upheld"),
                rs.getLong("response_letters"),
                rs.getLong("refusals_with_reasons"),
                rs.getLong("refusal_letters"),
                rs.getLong("refusals_with_reasons_and_letter"),
                rs.getLong("handler_checked"),
                rs.getLong("handler_independent"),
                rs.getLong("remedies"),
                rs.getLong("financial_remedies"),
                StageFactRows.money(rs.getBigDecimal("compensation_offered")),
                StageFactRows.money(rs.getBigDecimal("compensation_paid")),
                rs.getLong("remedies_with_due_date"),
                rs.getLong("remedies_completed"),
                rs.getLong("remedies_completed_on_time"),
                rs.getLong("actions"),
                rs.getLong("actions_completed"),
                rs.getLong("actions_completed_on_time"),
                rs.getLong("records_complete"));
    }
}
