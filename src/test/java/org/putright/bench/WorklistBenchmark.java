package org.putright.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

/**
 * Worklist: the first page by next deadline, over the API (50 rows) and as the /cases page, timed
 * from one client; the ceiling is the best single query for the same 50 rows, over JDBC. Prints
 * p50/p95 and the ratio of each to the ceiling.
 *
 * <p>{@code WorklistBenchmark <base-url> <token> <admin-password> <jdbc-url> <user> <password> <samples>}
 */
public final class WorklistBenchmark {

    /** The same rows the API returns: every complaint, soonest deadline first, nulls last. */
    static final String BEST_FIRST_PAGE = """
            select reference, version, status, stage, received_at, channel, resident_id, category, handler,
                   next_deadline, acknowledge_by, respond_by, next_update_by
              from complaint order by next_deadline nulls last, reference limit 50""";

    private WorklistBenchmark() {}

    public static void main(String[] args) throws Exception {
        StaffClient client = new StaffClient(args[0], args[1]);
        int samples = Integer.parseInt(args[6]);
        int warmUp = Math.max(10, samples / 5);
        client.signIn("admin", args[2]);

        try (Connection connection = DriverManager.getConnection(args[3], args[4], args[5])) {
            long complaints = single(connection, "select count(*) from complaint");
            long open = single(
                    connection,
                    "select count(*) from complaint where status not in ('CLOSED', 'REFUSED', 'WITHDRAWN')");
            System.out.printf("Worklist among %,d complaints, %,d open; %d samples each%n", complaints, open, samples);

            Latencies api = Sampler.sample(warmUp, samples, () -> client.api("/api/v1/complaints?size=50"));
            System.out.println("  API /api/v1/complaints?size=50: " + api.summary());
            Latencies page = Sampler.sample(warmUp, samples, () -> client.page("/cases"));
            System.out.println("  page /cases:                    " + page.summary());
            Latencies ceiling;
            try (PreparedStatement firstPage = connection.prepareStatement(BEST_FIRST_PAGE)) {
                ceiling = Sampler.sample(warmUp, samples, () -> drain(firstPage));
            }
            System.out.println("  ceiling, the first page in SQL: " + ceiling.summary());

            double apiP95 = api.percentileMillis(95);
            double pageP95 = page.percentileMillis(95);
            double ceilingP95 = ceiling.percentileMillis(95);
            System.out.printf(
                    Locale.ROOT,
                    "RESULT worklist api-p95=%.1fms (target < 50 ms: %s) page-p95=%.1fms (target < 100 ms: %s)"
                            + " ceiling-p95=%.1fms api/ceiling=%.1f page/ceiling=%.1f complaints=%d open=%d%n",
                    apiP95,
                    apiP95 < 50 ? "holds" : "MISSED",
                    pageP95,
                    pageP95 < 100 ? "holds" : "MISSED",
                    ceilingP95,
                    apiP95 / ceilingP95,
                    pageP95 / ceilingP95,
                    complaints,
                    open);
        }
    }

    static long single(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int drain(PreparedStatement statement) throws Exception {
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }
}
