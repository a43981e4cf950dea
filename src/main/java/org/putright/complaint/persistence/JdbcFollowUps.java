package org.putright.complaint.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.FollowUps;
import org.putright.complaint.OutstandingAction;
import org.putright.complaint.Remedy;
import org.putright.complaint.RemedyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFollowUps implements FollowUps {

    private final JdbcClient jdbc;

    JdbcFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rewrites a complaint's remedies and actions from its record. */
    void rewrite(Complaint complaint) {
        String reference = complaint.reference().value();
        jdbc.sql("delete from complaint_remedy where reference = :reference")
                .param("reference", reference)
                .update();
        jdbc.sql("delete from complaint_action where reference = :reference")
                .param("reference", reference)
                .update();
        for (Remedy remedy : complaint.remedies()) {
            jdbc.sql("""
                            insert into complaint_remedy (id, reference, stage, remedy_type, description, amount, due_by,
                                                          status, approved_by, approved_at, completed_at)
                            values (:id, :reference, :stage, :type, :description, :amount, :dueBy, :status,
                                    :approvedBy, :approvedAt, :completedAt)
                            """)
                    .param("id", remedy.id())
                    .param("reference", reference)
                    .param("stage", remedy.stage())
                    .param("type", remedy.type().name())
                    .param("description", remedy.description())
                    .param("amount", remedy.amount(), java.sql.Types.NUMERIC)
                    .param("dueBy", date(remedy.dueBy()), java.sql.Types.DATE)
                    .param("status", remedy.status().name())
                    .param("approvedBy", remedy.approvedBy(), java.sql.Types.VARCHAR)
                    .param("approvedAt", timestamp(remedy.approvedAt()), java.sql.Types.TIMESTAMP)
                    .param("completedAt", timestamp(remedy.completedAt()), java.sql.Types.TIMESTAMP)
                    .update();
        }
        for (OutstandingAction action : complaint.outstandingActions()) {
            jdbc.sql("""
                            insert into complaint_action (id, reference, stage, description, owner, due_by, completed_at)
                            values (:id, :reference, :stage, :description, :owner, :dueBy, :completedAt)
                            """)
                    .param("id", action.id())
                    .param("reference", reference)
                    .param("stage", action.stage())
                    .param("description", action.description())
                    .param("owner", action.owner())
                    .param("dueBy", Date.valueOf(action.dueBy()))
                    .param("completedAt", timestamp(action.completedAt()), java.sql.Types.TIMESTAMP)
                    .update();
        }
    }

    @Override
    public List<RemedyItem> remedies(Remedy.@Nullable Status status, @Nullable LocalDate overdueOn, int limit) {
        StringBuilder sql = new StringBuilder(
                "select id, reference, stage, remedy_type, description, amount, due_by, status, approved_by, approved_at,"
                        + " completed_at from complaint_remedy where 1 = 1");
        if (status != null) {
            sql.append(" and status = :status");
        }
        if (overdueOn != null) {
            sql.append(" and status <> 'COMPLETED' and due_by < :overdueOn");
        }
        sql.append(" order by due_by nulls last, reference limit :limit");
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("limit", limit);
        if (status != null) {
            query = query.param("status", status.name());
        }
        if (overdueOn != null) {
            query = query.param("overdueOn", Date.valueOf(overdueOn));
        }
        return query.query(JdbcFollowUps::remedy).list();
    }

    @Override
    public RemediesByDate remediesByDate(LocalDate respondedFrom, LocalDate respondedTo, LocalDate asAt) {
        // Each stage's facts count its dated remedies and those completed by the date, by the same
        // London-day rule as the rest of the facts; only the few still open and not yet due are
        // looked up, from the index on status and due date. One statement, so that what is met and
        // what is due are read from the same moment of the record.
        //
        // The days are written into the statement, not bound. Bound, PostgreSQL's plan for a prepared
        // statement (the driver's from the fifth run on a connection) guesses how many stages a
        // period holds and how many remedies fall due after a day without looking, and probed every
        // stage responded to in the year for its remedies (0.4 s at a million complaints) instead of
        // reading the few open ones from the index. A LocalDate prints only as yyyy-MM-dd.
        return jdbc.sql("""
                        select coalesce(sum(f.remedies_completed_on_time), 0) as met,
                               coalesce(sum(f.remedies_with_due_date), 0) as dated,
                               (select count(*)
                                  from complaint_remedy r
                                  join complaint_stage_fact s on s.reference = r.reference and s.stage = r.stage
                                 where r.status in (:notCompleted) and r.due_by >= date '%1$s'
                                   and s.responded_on between date '%2$s' and date '%3$s') as not_yet_due
                          from complaint_stage_fact f
                         where f.responded_on between date '%2$s' and date '%3$s'
                           and f.remedies_with_due_date > 0
                        """.formatted(asAt, respondedFrom, respondedTo))
                .param("notCompleted", NOT_COMPLETED)
                .query((rs, row) ->
                        new RemediesByDate(rs.getLong("met"), rs.getLong("dated") - rs.getLong("not_yet_due")))
                .single();
    }

    @Override
    public List<ActionItem> actions(
            @Nullable String owner, boolean openOnly, @Nullable LocalDate overdueOn, int limit) {
        StringBuilder sql = new StringBuilder(
                "select id, reference, stage, description, owner, due_by, completed_at from complaint_action where 1 = 1");
        if (owner != null) {
            sql.append(" and owner = :owner");
        }
        if (openOnly || overdueOn != null) {
            sql.append(" and completed_at is null");
        }
        if (overdueOn != null) {
            sql.append(" and due_by < :overdueOn");
        }
        sql.append(" order by due_by, reference limit :limit");
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("limit", limit);
        if (owner != null) {
            query = query.param("owner", owner);
        }
        if (overdueOn != null) {
            query = query.param("overdueOn", Date.valueOf(overdueOn));
        }
        return query.query((rs, row) -> new ActionItem(
                        new ComplaintReference(rs.getString("reference")),
                        new OutstandingAction(
                                rs.getObject("id", UUID.class),
                                rs.getInt("stage"),
                                rs.getString("description"),
                                rs.getString("owner"),
                                rs.getDate("due_by").toLocalDate(),
                                List.of(),
                                instant(rs.getTimestamp("completed_at")))))
                .list();
    }

    /**
     * Both kinds in one ordered list, so that a page never splits differently from the next: by due
     * date, complaint, remedies before actions, then id.
     */
    private static final String OVERDUE = """
            select reference, remedy_type, description, approved_by as owner, due_by, 0 as kind, id
              from complaint_remedy
             where status in (:notCompleted) and due_by < :on
            union all
            select reference, null, description, owner, due_by, 1, id
              from complaint_action
             where completed_at is null and due_by < :on
            """;

    /**
     * The first {@code :upTo} of each kind in the list's order, found in the index of its date alone
     * and only then read whole: at a million complaints over 100,000 remedies are overdue, and
     * sorting them all with their descriptions to show the first hundred took most of a second.
     */
    private static final String OVERDUE_FIRST = """
            select r.reference, r.remedy_type, r.description, r.approved_by as owner, r.due_by, 0 as kind, r.id
              from complaint_remedy r
              join (select id from complaint_remedy where status in (:notCompleted) and due_by < :on
                     order by due_by, reference, id limit :upTo) first_remedies on first_remedies.id = r.id
            union all
            select a.reference, null, a.description, a.owner, a.due_by, 1, a.id
              from complaint_action a
              join (select id from complaint_action where completed_at is null and due_by < :on
                     order by due_by, reference, id limit :upTo) first_actions on first_actions.id = a.id
            """;

    /** Named rather than "not completed", so that each is a range of the index on status and due date. */
    private static final List<String> NOT_COMPLETED = Arrays.stream(Remedy.Status.values())
            .filter(status -> status != Remedy.Status.COMPLETED)
            .map(Remedy.Status::name)
            .toList();

    @Override
    public List<OverdueFollowUp> overdue(LocalDate on, long offset, int limit) {
        return jdbc.sql("select * from (" + OVERDUE_FIRST + ") overdue order by due_by, reference, kind, id"
                        + " limit :limit offset :offset")
                .param("notCompleted", NOT_COMPLETED)
                .param("upTo", offset + limit)
                .param("on", Date.valueOf(on))
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcFollowUps::overdueFollowUp)
                .list();
    }

    @Override
    public long overdueCount(LocalDate on) {
        return jdbc.sql("select count(*) from (" + OVERDUE + ") overdue")
                .param("notCompleted", NOT_COMPLETED)
                .param("on", Date.valueOf(on))
                .query(Long.class)
                .single();
    }

    @Override
    public void forEachOverdue(LocalDate on, Consumer<OverdueFollowUp> each) {
        try (Stream<OverdueFollowUp> rows = jdbc
                .sql("select * from (" + OVERDUE + ") overdue order by due_by, reference, kind, id")
                .param("notCompleted", NOT_COMPLETED)
                .param("on", Date.valueOf(on))
                .query(JdbcFollowUps::overdueFollowUp)
                .stream()) {
            rows.forEach(each);
        }
    }

    private static OverdueFollowUp overdueFollowUp(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("remedy_type");
        return new OverdueFollowUp(
                new ComplaintReference(rs.getString("reference")),
                type == null ? null : RemedyType.valueOf(type),
                rs.getString("description"),
                rs.getString("owner"),
                rs.getDate("due_by").toLocalDate());
    }

    private static RemedyItem remedy(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new RemedyItem(
                new ComplaintReference(rs.getString("reference")),
                new Remedy(
                        rs.getObject("id", UUID.class),
                        rs.getInt("stage"),
                        RemedyType.valueOf(rs.getString("remedy_type")),
                        rs.getString("description"),
                        amount,
                        localDate(rs.getDate("due_by")),
                        Remedy.Status.valueOf(rs.getString("status")),
                        rs.getString("approved_by"),
                        instant(rs.getTimestamp("approved_at")),
                        instant(rs.getTimestamp("completed_at"))));
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
