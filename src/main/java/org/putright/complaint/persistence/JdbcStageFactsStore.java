package org.putright.complaint.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.StageFacts;
import org.putright.complaint.StageFactsStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the stage facts of a complaint with every save, and finds the complaints whose facts must
 * be written again: those without any yet, those with a deadline a calendar change may move, and
 * every one when the Code's edition changes.
 */
@Repository
class JdbcStageFactsStore implements StageFactsStore {

    /**
     * No complaint is dated before 1900 (the aggregate refuses it); a calendar change "from the
     * beginning", such as a new division, is asked from LocalDate.MIN, which PostgreSQL cannot bind.
     */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * Made once, with positional parameters bound from {@link StageFactRows#values}: a complaint's
     * facts are written with every step it takes.
     */
    private static final String INSERT = "insert into complaint_stage_fact (" + StageFactRows.COLUMNS + ") values ("
            + StageFactRows.COLUMNS.replaceAll("[a-z_0-9]+", "?") + ")";

    private final JdbcClient jdbc;

    JdbcStageFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(ComplaintReference reference, List<StageFacts> facts) {
        jdbc.sql("delete from complaint_stage_fact where reference = :reference")
                .param("reference", reference.value())
                .update();
        add(reference, facts);
    }

    @Override
    public void add(ComplaintReference reference, List<StageFacts> facts) {
        for (StageFacts fact : facts) {
            jdbc.sql(INSERT).params(StageFactRows.values(fact)).update();
        }
    }

    @Override
    public List<ComplaintReference> withoutFacts(int limit) {
        return jdbc.sql("""
                        select c.reference from complaint c
                         where not exists (select 1 from complaint_stage_fact f where f.reference = c.reference)
                         order by c.reference limit :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new ComplaintReference(rs.getString("reference")))
                .list();
    }

    @Override
    public List<ComplaintReference> withDeadlinesFrom(LocalDate day) {
        return jdbc.sql("""
                        select distinct reference from complaint_stage_fact
                         where acknowledge_by >= :day or respond_by >= :day or respond_by_allowed >= :day
                         order by reference
                        """)
                .param("day", Date.valueOf(day.isBefore(EARLIEST) ? EARLIEST : day))
                .query((rs, row) -> new ComplaintReference(rs.getString("reference")))
                .list();
    }

    @Override
    public List<ComplaintReference> references(@Nullable ComplaintReference after, int limit) {
        return jdbc.sql("select reference from complaint where reference > :after order by reference limit :limit")
                .param("after", after == null ? "" : after.value())
                .param("limit", limit)
                .query((rs, row) -> new ComplaintReference(rs.getString("reference")))
                .list();
    }
}
