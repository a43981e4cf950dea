package org.putright.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The PostgreSQL server the benchmarks run against when none is given by URL: the same embedded
 * PostgreSQL binaries the integration tests use, kept in a data directory that outlives the run so
 * a loaded million-complaint database can serve several benchmarks. Prints {@code READY} once it
 * takes connections and runs until the process is stopped.
 *
 * <p>{@code BenchDatabase <data-dir> <port> [log-statements]}
 */
public final class BenchDatabase {

    private BenchDatabase() {}

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        boolean logStatements = args.length > 2 && Boolean.parseBoolean(args[2]);
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // Settings of a modest dedicated server, so that the figures are not those of
                // PostgreSQL's tiny defaults; the same for Putright and for its ceilings.
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("effective_cache_size", "4GB")
                .setServerConfig("max_connections", "200")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("random_page_cost", "1.1")
                // One query may use at most half the machine's cores (PostgreSQL's default of two
                // workers is the whole of a two-core machine, where a report's grouped pass then
                // ran slower with its workers than with one).
                .setServerConfig(
                        "max_parallel_workers_per_gather",
                        String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)))
                // The server's own log, in the data directory's log folder: checkpoints and
                // autovacuum runs show there, to be set beside a benchmark's timeline.
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", dataDirectory.resolve("log").toString())
                .setServerConfig("log_filename", logStatements ? "statements.log" : "server.log")
                .setServerConfig("log_checkpoints", "on")
                .setServerConfig("log_autovacuum_min_duration", "0");
        if (logStatements) {
            builder.setServerConfig("log_statement", "all").setServerConfig("log_min_duration_statement", "0");
        }
        EmbeddedPostgres postgres = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // Exiting anyway; the next start recovers the cluster.
            }
            stopped.countDown();
        }));
        System.out.println("READY " + postgres.getJdbcUrl("postgres", "postgres"));
        System.out.flush();
        stopped.await();
    }

    /** Creates a database afresh (dropping one of the same name) on the server at {@code url}. */
    static void recreate(String url, String user, String password, String database) throws SQLException {
        replace(url, user, password, database, "");
    }

    /**
     * Makes {@code database} afresh as a copy of {@code template}, so that a benchmark that writes
     * can start from a loaded database and leave the original as it was loaded. The files are
     * copied as they are (a checkpoint, then a copy of the directory: seconds a gigabyte), rather
     * than written through the log page by page.
     */
    static void copy(String url, String user, String password, String template, String database) throws SQLException {
        replace(url, user, password, database, " template " + template + " strategy file_copy");
    }

    /** Drops {@code database} if it exists and creates it again, {@code how} the create statement says. */
    private static void replace(String url, String user, String password, String database, String how)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database + how);
        }
    }
}
