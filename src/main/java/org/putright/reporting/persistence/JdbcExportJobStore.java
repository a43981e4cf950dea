package org.putright.reporting.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.putright.reporting.ExportFormat;
import org.putright.reporting.ExportJob;
import org.putright.reporting.ExportJobStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcExportJobStore implements ExportJobStore {

    private final JdbcClient jdbc;

    JdbcExportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ExportJob job) {
        jdbc.sql("""
                        insert into report_export (id, kind, format, period_from, period_to, state, processed, total,
                                                   requested_by, requested_at)
                        values (:id, :kind, :format, :from, :to, :state, 0, 0, :by, :at)
                        """)
                .param("id", job.id())
                .param("kind", job.kind().name())
                .param("format", job.format().name())
                .param("from", Date.valueOf(job.from()))
                .param("to", Date.valueOf(job.to()))
                .param("state", job.state().name())
                .param("by", job.requestedBy())
                .param("at", Timestamp.from(job.requestedAt()))
                .update();
    }

    @Override
    public Optional<ExportJob> find(UUID id) {
        return jdbc.sql("""
                        select id, kind, format, period_from, period_to, state, processed, total, requested_by,
                               requested_at, finished_at, failure
                          from report_export where id = :id
                        """).param("id", id).query(JdbcExportJobStore::job).optional();
    }

    @Override
    public void progress(UUID id, ExportJob.State state, long processed, long total) {
        jdbc.sql("update report_export set state = :state, processed = :processed, total = :total where id = :id")
                .param("id", id)
                .param("state", state.name())
                .param("processed", processed)
                .param("total", total)
                .update();
    }

    @Override
    public void finish(UUID id, byte[] content, Instant at) {
        jdbc.sql("update report_export set state = 'DONE', processed = total, content = :content, finished_at = :at"
                        + " where id = :id")
                .param("id", id)
                .param("content", content)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void fail(UUID id, String failure, Instant at) {
        jdbc.sql("update report_export set state = 'FAILED', failure = :failure, finished_at = :at where id = :id")
                .param("id", id)
                .param("failure", failure)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Optional<byte[]> content(UUID id) {
        return jdbc.sql("select content from report_export where id = :id and state = 'DONE'")
                .param("id", id)
                .query((rs, row) -> rs.getBytes("content"))
                .optional();
    }

    private static ExportJob job(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ExportJob(
                rs.getObject("id", UUID.class),
                ExportJob.Kind.valueOf(rs.getString("kind")),
                ExportFormat.valueOf(rs.getString("format")),
                rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(),
                ExportJob.State.valueOf(rs.getString("state")),
                rs.getLong("processed"),
                rs.getLong("total"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("failure"));
    }
}
