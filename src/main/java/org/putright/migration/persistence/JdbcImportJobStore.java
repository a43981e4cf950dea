package org.putright.migration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.migration.ImportJob;
import org.putright.migration.ImportJobPage;
import org.putright.migration.ImportJobStore;
import org.putright.migration.ImportReport;
import org.putright.migration.RowProblem;
import org.putright.migration.RowProblemPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcImportJobStore implements ImportJobStore {

    private static final String COLUMNS = """
            id, file_name, skip_bad_rows, status, rows_checked, rows_in_file, rows_done, rows_to_import,
            imported, already_imported, skipped, problem_count, failure, requested_by, requested_at,
            updated_at, finished_at""";
    private static final int REASON_LENGTH = 2000;
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcImportJobStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void add(ImportJob job) {
        jdbc.sql("insert into import_job (" + COLUMNS + """
                        ) values (:id, :fileName, :skip, :status, 0, null, 0, null, 0, 0, 0, 0, null, :by, :at, :at, null)
                        """)
                .param("id", job.id())
                .param("fileName", job.fileName())
                .param("skip", job.skipBadRows())
                .param("status", job.status().name())
                .param("by", job.requestedBy())
                .param("at", Timestamp.from(job.requestedAt()))
                .update();
    }

    @Override
    public void checking(UUID id, long rowsChecked, Instant at) {
        jdbc.sql("update import_job set status = :status, rows_checked = :checked, updated_at = :at where id = :id")
                .param("status", ImportJob.Status.CHECKING.name())
                .param("checked", rowsChecked)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    @Override
    public void importing(UUID id, long rowsDone, long rowsToImport, Instant at) {
        jdbc.sql("""
                        update import_job set status = :status, rows_done = :done, rows_to_import = :total, updated_at = :at
                         where id = :id
                        """)
                .param("status", ImportJob.Status.IMPORTING.name())
                .param("done", rowsDone)
                .param("total", rowsToImport)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    @Override
    @Transactional
    public void finish(UUID id, ImportReport report, Instant at) {
        ImportJob.Status status = report.outcome() == ImportReport.Outcome.IMPORTED
                ? ImportJob.Status.IMPORTED
                : ImportJob.Status.REJECTED;
        jdbc.sql("""
                        update import_job
                           set status = :status, rows_checked = :rows, rows_in_file = :rows, imported = :imported,
                               already_imported = :before, skipped = :skipped, problem_count = :problems,
                               updated_at = :at, finished_at = :at
                         where id = :id
                        """)
                .param("status", status.name())
                .param("rows", report.rows())
                .param("imported", report.imported())
                .param("before", report.alreadyImported())
                .param("skipped", report.skipped())
                .param("problems", report.problems().size())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
        List<RowProblem> problems = report.problems();
        for (int from = 0; from < problems.size(); from += BATCH) {
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(from + BATCH, problems.size()); i++) {
                RowProblem problem = problems.get(i);
                rows.add(new Object[] {id, i, problem.line(), shortened(problem.reason())});
            }
            template.batchUpdate(
                    "insert into import_problem (job_id, seq, line_number, reason) values (?, ?, ?, ?)", rows);
        }
    }

    @Override
    public void stop(UUID id, ImportJob.Status status, String failure, Instant at) {
        jdbc.sql("""
                        update import_job set status = :status, failure = :failure, updated_at = :at, finished_at = :at
                         where id = :id
                        """)
                .param("status", status.name())
                .param("failure", shortened(failure))
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    @Override
    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = :id")
                .param("id", id)
                .query(JdbcImportJobStore::job)
                .optional();
    }

    @Override
    public ImportJobPage page(int page, int size) {
        long total =
                jdbc.sql("select count(*) from import_job").query(Long.class).single();
        List<ImportJob> items = jdbc.sql(
                        "select " + COLUMNS + " from import_job order by seq desc limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcImportJobStore::job)
                .list();
        return new ImportJobPage(items, page, size, total);
    }

    @Override
    public RowProblemPage problems(UUID id, int page, int size) {
        long total = jdbc.sql("select count(*) from import_problem where job_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        List<RowProblem> items = jdbc.sql("""
                        select line_number, reason from import_problem where job_id = :id
                         order by seq limit :limit offset :offset
                        """)
                .param("id", id)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new RowProblem(rs.getInt("line_number"), rs.getString("reason")))
                .list();
        return new RowProblemPage(items, page, size, total);
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getBoolean("skip_bad_rows"),
                ImportJob.Status.valueOf(rs.getString("status")),
                rs.getLong("rows_checked"),
                nullableLong(rs, "rows_in_file"),
                rs.getLong("rows_done"),
                nullableLong(rs, "rows_to_import"),
                rs.getLong("imported"),
                rs.getLong("already_imported"),
                rs.getLong("skipped"),
                rs.getLong("problem_count"),
                rs.getString("failure"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("finished_at")));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String shortened(String text) {
        return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH - 1) + "…";
    }
}
