package org.putright.bench;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Intake: complaints made over Putright's API by N concurrent clients for a fixed time, then the
 * same SQL statements over JDBC at the same concurrency, one transaction per complaint (the
 * ceiling: {@link IntakeCeiling}). Prints both, and the ratio of the first to the second.
 *
 * <p>{@code IntakeBenchmark <base-url> <token> <jdbc-url> <user> <password> <clients> <warm-up s> <measured s>}
 */
public final class IntakeBenchmark {

    private static final String[] CHANNELS = {"PHONE", "EMAIL", "WEB_FORM", "LETTER", "IN_PERSON"};
    private static final String[] CATEGORIES = {"REPAIRS", "DAMP_AND_MOULD", "ANTISOCIAL_BEHAVIOUR", "RENT", "STAFF"};

    private static final Duration IDLE = Duration.ofSeconds(3);

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String jdbcUrl = args[2];
        String user = args[3];
        String password = args[4];
        int clients = Integer.parseInt(args[5]);
        Duration warmUp = Duration.ofSeconds(Long.parseLong(args[6]));
        Duration measured = Duration.ofSeconds(Long.parseLong(args[7]));

        MachineSpeed machine = MachineSpeed.start();
        Instant idleFrom = Instant.now();
        Thread.sleep(IDLE.toMillis());
        System.out.println("Machine speed, fixed units of work in CPU time (higher is slower), the machine idle: "
                + machine.describe(idleFrom, IDLE));

        // The ceiling first, with PostgreSQL to itself; then Putright, warmed up, at saturation and
        // straight after at an even rate. Between phases the database is vacuumed and checkpointed,
        // so that no phase pays for the rows the one before wrote.
        System.out.printf("Ceiling, the same statements over JDBC: %d connections%n", clients);
        TimedLoad.Result ceiling =
                TimedLoad.run(clients, warmUp, measured, thread -> new IntakeCeiling(jdbcUrl, user, password, token));
        System.out.println("  ceiling: " + ceiling.summary() + speedDuring(ceiling, machine));
        settle(jdbcUrl, user, password);

        System.out.printf("Intake over the API: %d clients, %s warm-up, %s measured%n", clients, warmUp, measured);
        TimedLoad.Result api = TimedLoad.run(clients, warmUp, measured, thread -> new ApiClient(baseUrl, token));
        System.out.println("  API:     " + api.summary() + speedDuring(api, machine));
        settle(jdbcUrl, user, password);

        double paced = ceiling.throughputPerSecond() / 2;
        System.out.printf(Locale.ROOT, "Intake over the API at %.1f complaints a second (half the ceiling)%n", paced);
        // The same warm-up as the other phases, though Putright is warm by now: the checkpoint just
        // made means the next pages each statement touches are first written whole to the WAL,
        // which for the next ten to twenty seconds nearly doubles PostgreSQL's work per complaint.
        TimedLoad.Result atRate =
                TimedLoad.run(clients, warmUp, measured, paced, thread -> new ApiClient(baseUrl, token));
        System.out.println("  API:     " + atRate.summary() + speedDuring(atRate, machine));
        System.out.print(atRate.timeline(machine));
        machine.close();

        double ratio = api.throughputPerSecond() / ceiling.throughputPerSecond();
        double p99 = atRate.latencies().percentileMillis(99);
        System.out.printf(
                Locale.ROOT,
                "RESULT intake throughput=%.1f/s ceiling=%.1f/s ratio=%.2f (target >= 0.50: %s)"
                        + " saturated-p50=%.1fms saturated-p99=%.1fms ceiling-p50=%.1fms ceiling-p99=%.1fms;"
                        + " at %.1f/s: p50=%.1fms p99=%.1fms (target < 50 ms: %s) failures=%d%n",
                api.throughputPerSecond(),
                ceiling.throughputPerSecond(),
                ratio,
                ratio >= 0.5 ? "holds" : "MISSED",
                api.latencies().percentileMillis(50),
                api.latencies().percentileMillis(99),
                ceiling.latencies().percentileMillis(50),
                ceiling.latencies().percentileMillis(99),
                paced,
                atRate.latencies().percentileMillis(50),
                p99,
                p99 < 50 ? "holds" : "MISSED",
                api.failures() + atRate.failures());
    }

    private static String speedDuring(TimedLoad.Result phase, MachineSpeed machine) {
        return "; " + machine.describe(phase.measuredFrom(), phase.measured());
    }

    /** Vacuums and checkpoints the database, so that its background work is done before a phase. */
    private static void settle(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
            try {
                statement.execute("checkpoint");
            } catch (SQLException e) {
                // A server given by URL may not let this user checkpoint; vacuuming still helps.
                System.out.println("  (no checkpoint between phases: " + e.getMessage() + ")");
            }
        }
    }

    /** One client: its own HTTP connection, posting a new resident's complaint each time. */
    private static final class ApiClient implements TimedLoad.Operation {

        private final PlainHttpClient http;
        private final String token;

        ApiClient(String baseUrl, String token) throws IOException {
            this.http = new PlainHttpClient(URI.create(baseUrl));
            this.token = token;
        }

        @Override
        public void run(int thread, long sequence) throws Exception {
            int status = http.postJson("/api/v1/complaints", token, body(thread, sequence));
            if (status != 201) {
                throw new IllegalStateException("HTTP " + status);
            }
        }

        @Override
        public void close() throws IOException {
            http.close();
        }

        private static String body(int thread, long sequence) {
            return """
                    {"channel": "%s", "category": "%s",
                     "resident": {"name": "Resident %d-%d", "email": "resident%d.%d@example.org",
                                  "phone": "07700 900%03d", "address": "%d Bench Street, Leeds LS1 %dAB",
                                  "tenancyReference": "T%d-%d"},
                     "description": "The repair to the boiler reported in October has still not been done and the flat is cold."}
                    """.formatted(
                            CHANNELS[(int) (sequence % CHANNELS.length)],
                            CATEGORIES[(int) (sequence % CATEGORIES.length)],
                            thread,
                            sequence,
                            thread,
                            sequence,
                            sequence % 1000,
                            sequence,
                            thread % 10,
                            thread,
                            sequence);
        }
    }
}
