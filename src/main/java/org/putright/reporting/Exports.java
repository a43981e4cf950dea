package org.putright.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactQueries;
import org.putright.system.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Exports as CSV or XLSX: a single table at once, and the complaints or the whole dashboard as a
 * background job whose progress can be followed and whose file is kept to download.
 */
@Service
public class Exports {

    private static final Logger log = LoggerFactory.getLogger(Exports.class);

    /** Progress is written after every this many rows. */
    private static final int PROGRESS_EVERY = 1000;

    private final StageFactQueries facts;
    private final Dashboard dashboard;
    private final ExportJobStore jobs;
    /**
     * Exports run on their own threads, at most two at once, so that a burst of them never takes
     * the threads requests or scheduled alerts need.
     */
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("report-export-");

    private final Clock clock;

    Exports(StageFactQueries facts, Dashboard dashboard, ExportJobStore jobs, Clock clock) {
        this.facts = facts;
        this.dashboard = dashboard;
        this.jobs = jobs;
        executor.setConcurrencyLimit(2);
        this.clock = clock;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.close();
    }

    /** One table, written now: tables are small (a row per month, stage, category...). */
    public byte[] table(ReportTable table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.of(format, out)) {
            writer.write(table);
        }
        return out.toByteArray();
    }

    /**
     * One table of the dashboard as a file named for the table and period; 404 for an unknown
     * table. A table the dashboard shows a page of is written whole.
     */
    public ExportFile dashboardTable(DashboardReport report, String tableId, ExportFormat format) {
        ReportTable found = report.table(tableId).orElseThrow(() -> new NotFound("Report table", tableId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.of(format, out)) {
            write(writer, found);
        }
        return new ExportFile(
                out.toByteArray(),
                format,
                found.id() + "-" + report.from() + "-to-" + report.to() + "." + format.extension());
    }

    /** The TSM as CSV, one line per figure. */
    public ExportFile tsm(TsmReport report) {
        return new ExportFile(
                table(TsmTable.of(report), ExportFormat.CSV),
                ExportFormat.CSV,
                "tsm-" + report.from() + "-to-" + report.to() + ".csv");
    }

    /** The equality comparison as a table, a row per group (small counts already suppressed). */
    public ExportFile equality(EqualityReport report, ExportFormat format) {
        return new ExportFile(
                table(report.table(), format),
                format,
                "equality-" + report.from() + "-to-" + report.to() + "." + format.extension());
    }

    /** Starts an export in the background and returns the job at once. */
    public ExportJob start(ExportJob.Kind kind, ExportFormat format, ReportingPeriod period, String by) {
        ExportJob job = new ExportJob(
                UUID.randomUUID(),
                kind,
                format,
                period.from(),
                period.to(),
                ExportJob.State.QUEUED,
                0,
                0,
                by,
                clock.instant(),
                null,
                null);
        jobs.insert(job);
        executor.execute(() -> run(job));
        return job;
    }

    public ExportJob job(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("Export", id.toString()));
    }

    /** The finished file; 404 until the job is done. */
    public ExportFile file(UUID id) {
        ExportJob job = job(id);
        byte[] content = jobs.content(id).orElseThrow(() -> new NotFound("Finished export", id.toString()));
        return new ExportFile(content, job.format(), job.filename());
    }

    private void run(ExportJob job) {
        try {
            Path file =
                    Files.createTempFile("putright-export-", "." + job.format().extension());
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    switch (job.kind()) {
                        case COMPLAINTS -> writeComplaints(job, out);
                        case DASHBOARD -> writeDashboard(job, out);
                    }
                }
                byte[] content;
                try (InputStream in = Files.newInputStream(file)) {
                    content = in.readAllBytes();
                }
                jobs.finish(job.id(), content, clock.instant());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Export {} failed", job.id(), e);
            jobs.fail(job.id(), "The export could not be written: " + e.getMessage(), clock.instant());
        }
    }

    private void writeComplaints(ExportJob job, OutputStream out) {
        StageFactFilter filter = StageFactFilter.started(job.from(), job.to());
        long total = facts.total(filter).stages();
        jobs.progress(job.id(), ExportJob.State.RUNNING, 0, total);
        long[] processed = {0};
        try (TableWriter writer = TableWriter.of(job.format(), out)) {
            writer.startTable("Complaints", ComplaintRows.COLUMNS);
            facts.forEach(filter, fact -> {
                writer.row(ComplaintRows.row(fact));
                if (++processed[0] % PROGRESS_EVERY == 0) {
                    jobs.progress(job.id(), ExportJob.State.RUNNING, processed[0], Math.max(total, processed[0]));
                }
            });
        }
        jobs.progress(job.id(), ExportJob.State.RUNNING, processed[0], Math.max(total, processed[0]));
    }

    private void write(TableWriter writer, ReportTable table) {
        if (table.id().equals(Dashboard.OVERDUE_FOLLOW_UPS)) {
            dashboard.writeOverdueFollowUps(writer);
        } else {
            writer.write(table);
        }
    }

    private void writeDashboard(ExportJob job, OutputStream out) {
        DashboardReport report = dashboard.report(new ReportingPeriod(job.from(), job.to()));
        List<ReportTable> tables = report.tables();
        jobs.progress(job.id(), ExportJob.State.RUNNING, 0, tables.size());
        int done = 0;
        try (TableWriter writer = TableWriter.ofSeveral(job.format(), out)) {
            for (ReportTable table : tables) {
                write(writer, table);
                jobs.progress(job.id(), ExportJob.State.RUNNING, ++done, tables.size());
            }
        }
    }
}
