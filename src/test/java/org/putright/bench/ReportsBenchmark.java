package org.putright.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reports at scale: each report over the API against the hand-written SQL for the same figures
 * ({@code bench/sql/<report>.sql}, run as one script over JDBC), each timed from one client after a
 * warm-up. Prints the medians and the ratio of each report to its SQL.
 *
 * <p>{@code ReportsBenchmark <base-url> <token> <jdbc-url> <user> <password> <sql-dir> <year> <samples>}
 */
public final class ReportsBenchmark {

    /**
     * A report: how Putright is asked for it, and the files with the best SQL for its figures, run
     * together as one script; {@code key} names it on the RESULT line.
     */
    private record Report(String name, String key, String method, String path, String body, List<String> sqlFiles) {}

    private ReportsBenchmark() {}

    public static void main(String[] args) throws Exception {
        StaffClient client = new StaffClient(args[0], args[1]);
        Path sqlDirectory = Path.of(args[5]);
        int year = Integer.parseInt(args[6]);
        int samples = Integer.parseInt(args[7]);
        LocalDate from = LocalDate.of(year, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<Report> reports = List.of(
                new Report(
                        "TSM",
                        "tsm",
                        "GET",
                        "/api/v1/reports/tsm?from=" + from + "&to=" + to + "&homes=50000",
                        "",
                        List.of("tsm.sql")),
                new Report(
                        "dashboard",
                        "dashboard",
                        "GET",
                        "/api/v1/reports/dashboard?from=" + from + "&to=" + to,
                        "",
                        List.of("dashboard.sql")),
                new Report(
                        "annual (self-assessment system evidence)",
                        "annual",
                        "POST",
                        "/api/v1/self-assessments",
                        "{\"periodStart\": \"" + from + "\", \"periodEnd\": \"" + to + "\"}",
                        List.of("annual.sql")),
                new Report(
                        "annual complaints performance report (8.1)",
                        "annual-report",
                        "GET",
                        "/api/v1/reports/annual/" + year + "-" + String.format(Locale.ROOT, "%02d", (year + 1) % 100),
                        "",
                        List.of("dashboard.sql", "tsm.sql", "annual-report.sql")));

        try (Connection connection = DriverManager.getConnection(args[2], args[3], args[4])) {
            System.out.printf(
                    "Reports for %s to %s over %,d complaints; %d samples each%n",
                    from, to, WorklistBenchmark.single(connection, "select count(*) from complaint"), samples);
            StringBuilder result = new StringBuilder("RESULT reports");
            for (Report report : reports) {
                StringBuilder script = new StringBuilder();
                for (String file : report.sqlFiles()) {
                    script.append(Files.readString(sqlDirectory.resolve(file))).append('\n');
                }
                String sql = script.toString()
                        .replace(":from", "date '" + from + "'")
                        .replace(":to", "date '" + to + "'");
                Latencies api = Sampler.sample(
                        2,
                        samples,
                        () -> report.method().equals("GET")
                                ? client.api(report.path())
                                : client.post(report.path(), report.body()));
                Latencies hand = Sampler.sample(2, samples, () -> runScript(connection, sql));
                double ratio = api.percentileMillis(50) / hand.percentileMillis(50);
                System.out.printf("  %s%n    API: %s%n    SQL: %s%n", report.name(), api.summary(), hand.summary());
                result.append(String.format(
                        Locale.ROOT,
                        " %s=%.0fms (target < 1000 ms: %s) sql=%.0fms ratio=%.2f (target <= 1.5: %s);",
                        report.key(),
                        api.percentileMillis(50),
                        api.percentileMillis(50) < 1000 ? "holds" : "MISSED",
                        hand.percentileMillis(50),
                        ratio,
                        ratio <= 1.5 ? "holds" : "MISSED"));
            }
            System.out.println(result);
        }
    }

    /** Runs every statement of the script and reads every row of every result. */
    private static int runScript(Connection connection, String script) throws Exception {
        int rows = 0;
        try (Statement statement = connection.createStatement()) {
            boolean isResult = statement.execute(script);
            while (true) {
                if (isResult) {
                    try (ResultSet rs = statement.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rs.getObject(c);
                            }
                            rows++;
                        }
                    }
                } else if (statement.getUpdateCount() == -1) {
                    break;
                }
                isResult = statement.getMoreResults();
            }
        }
        return rows;
    }
}
