package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.putright.testing.Caseload;
import org.putright.testing.LocalPostgres;
import org.putright.testing.RecordSnapshot;
import org.putright.testing.RunningPutright;
import org.putright.testing.TestDatabase;

/**
 * A backup restored into a new database holds the whole record: every complaint, its timeline and
 * its letters read back through the API exactly as before, and every table with the same rows.
 * On PostgreSQL the backup is made and restored with pg_dump and pg_restore exactly as
 * docs/reliability.md tells an administrator to; on H2 with its SCRIPT and RUNSCRIPT.
 */
class BackupRestoreIT {

    @TempDir
    Path backups;

    @Test
    void aRestoredBackupServesEveryComplaintTimelineAndLetterAsBefore() throws Exception {
        if (TestDatabase.isPostgres()) {
            Optional<Path> bin = LocalPostgres.clientBin();
            assumeTrue(bin.isPresent(), "pg_dump is not installed (Debian: apt-get install postgresql)");
            try (LocalPostgres server = LocalPostgres.start(bin.get())) {
                TestDatabase.Target live = create(server, "putright");
                TestDatabase.Target restored = create(server, "putright_restored");
                Path dump = backups.resolve("putright.dump");
                roundTrip(live, restored, () -> {
                    LocalPostgres.runProgram(
                            bin.get(),
                            "pg_dump",
                            List.of(
                                    "--host=127.0.0.1",
                                    "--port=" + server.port(),
                                    "--username=postgres",
                                    "--format=custom",
                                    "--file=" + dump,
                                    "putright"));
                    LocalPostgres.runProgram(
                            bin.get(),
                            "pg_restore",
                            List.of(
                                    "--host=127.0.0.1",
                                    "--port=" + server.port(),
                                    "--username=postgres",
                                    "--no-owner",
                                    "--exit-on-error",
                                    "--dbname=putright_restored",
                                    dump.toString()));
                    assertThat(Files.size(dump)).isPositive();
                });
            }
        } else {
            TestDatabase.Target live = TestDatabase.freshDatabase();
            TestDatabase.Target restored = TestDatabase.freshDatabase();
            Path script = backups.resolve("putright.sql");
            roundTrip(live, restored, () -> {
                execute(live, "script to '" + script + "'");
                execute(restored, "runscript from '" + script + "'");
            });
        }
    }

    private static void roundTrip(TestDatabase.Target live, TestDatabase.Target restored, Backup backup)
            throws Exception {
        List<String> references;
        RecordSnapshot before;
        try (RunningPutright putright = RunningPutright.on(live)) {
            references = Caseload.make(putright.admin());
            before = RecordSnapshot.of(putright.admin(), references);
            // Taken while the application runs, as a nightly backup would be.
            backup.run();
        }
        assertThat(before.letters()).as("the caseload issues letters").hasSizeGreaterThanOrEqualTo(10);
        Map<String, Long> rowsBefore = rowCounts(live);
        assertThat(rowsBefore.get("complaint_event")).isPositive();

        assertThat(rowCounts(restored)).isEqualTo(rowsBefore);
        try (RunningPutright putright = RunningPutright.on(restored)) {
            RecordSnapshot after = RecordSnapshot.of(putright.admin(), references);
            assertThat(after.complaints()).isEqualTo(before.complaints());
            assertThat(after.letters()).isEqualTo(before.letters());
            // The restored database goes on working: the next complaint gets the next reference.
            var next = putright.admin()
                    .post(
                            "/api/v1/complaints",
                            Map.of(
                                    "channel",
                                    "EMAIL",
                                    "description",
                                    "After the restore",
                                    "resident",
                                    Map.of("name", "Bea Khan", "email", "bea@example.org")));
            assertThat(next.status()).as(next.toString()).isEqualTo(201);
            assertThat(references).doesNotContain(next.json().get("reference").asString());
        }
    }

    private static TestDatabase.Target create(LocalPostgres server, String database) throws SQLException {
        execute(new TestDatabase.Target(server.url("postgres"), "postgres", "", null), "create database " + database);
        return new TestDatabase.Target(server.url(database), "postgres", "", null);
    }

    private static void execute(TestDatabase.Target database, String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Rows in every table of the application's schema, by table name. */
    private static Map<String, Long> rowCounts(TestDatabase.Target database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect()) {
            String schema = connection.getSchema();
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    counts.put(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT), 0L);
                }
            }
            for (String table : counts.keySet()) {
                try (Statement statement = connection.createStatement();
                        ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    @FunctionalInterface
    private interface Backup {
        void run() throws Exception;
    }
}
