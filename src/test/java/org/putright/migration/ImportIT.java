package org.putright.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.migration.ImportRows.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The migration import end to end on both databases: a file with bad rows imports nothing and names
 * every bad row by its line; skipping them imports the rest; a second run adds nothing; and an
 * imported complaint has exactly the stage facts, and so the TSM figures, of the same complaint
 * handled in Putright.
 */
@PutrightIntegrationTest
@TestPropertySource(properties = "putright.test.database=import")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIT {

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    Api hana;
    Api tom;

    @BeforeAll
    void staff() {
        Api admin = Api.at(port).asAdmin();
        hana = Api.at(port).as(staff(admin, "imp-hana"));
        tom = Api.at(port).as(staff(admin, "imp-tom"));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRowThenSkippingImportsTheRestOnce() throws IOException {
        Path file = file(
                row("OLD-1", "2022-03-01T10:00:00Z", "PHONE", Map.of()),
                row("OLD-2", "2022-03-02T10:00:00Z", "PIGEON", Map.of()),
                row(
                        "OLD-3",
                        "2022-03-03T10:00:00Z",
                        "EMAIL",
                        Map.of(
                                "acknowledged_at", "2022-03-10T10:00:00Z",
                                "handler", "imp-hana",
                                "responded_at", "2022-03-08T10:00:00Z",
                                "outcome", "UPHELD")),
                row("OLD-1", "2022-03-04T10:00:00Z", "LETTER", Map.of()),
                row(
                        "OLD-5",
                        "2022-03-05T10:00:00Z",
                        "LETTER",
                        Map.of("responded_at", "2022-03-20", "outcome", "UPHELD")),
                row(
                        "OLD-6",
                        "2022-03-06T10:00:00Z",
                        "WEB_FORM",
                        Map.of(
                                "acknowledged_at", "2022-03-07",
                                "handler", "imp-hana",
                                "responded_at", "2022-03-18",
                                "outcome", "PARTLY_UPHELD",
                                "remedies", "FINANCIAL|75.00|2022-04-01|2022-03-25|Compensation",
                                "closed_at", "2022-03-19")));

        ImportReport rejected = importer.run(file, false, "import", ImportProgress.NONE);

        assertThat(rejected.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(rejected.rows()).isEqualTo(6);
        assertThat(rejected.problems()).extracting(RowProblem::line).containsExactly(3, 4, 5, 6);
        assertThat(rejected.problems().get(0).reason()).contains("channel 'PIGEON'");
        assertThat(rejected.problems().get(1).reason()).contains("responded_at is before acknowledged_at");
        assertThat(rejected.problems().get(2).reason()).contains("legacy_reference OLD-1 is also on line 2");
        assertThat(rejected.problems().get(3).reason()).contains("RESPOND");
        assertThat(imported("OLD-%")).isZero();

        ImportReport skipping = importer.run(file, true, "import", ImportProgress.NONE);

        assertThat(skipping.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(skipping.imported()).isEqualTo(2);
        assertThat(skipping.skipped()).isEqualTo(4);
        assertThat(imported("OLD-%")).isEqualTo(2);
        String closed = referenceOf("OLD-6");
        JsonNode complaint = hana.get("/api/v1/complaints/" + closed).json();
        assertThat(complaint.get("status").asString()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select compensation_paid from complaint_stage_fact where reference = :r")
                        .param("r", closed)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("75.00");
        // An imported record is hash-chained from its first entry like a native one.
        JsonNode integrity =
                hana.get("/api/v1/complaints/" + closed + "/integrity").json();
        assertThat(integrity.get("intact").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(jdbc.sql("select count(*) from complaint_event where reference = :r and chain_hash is null")
                        .param("r", closed)
                        .query(Long.class)
                        .single())
                .isZero();

        ImportReport again = importer.run(file, true, "import", ImportProgress.NONE);

        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(imported("OLD-%")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from resident where tenancy_reference = 'T-OLD-1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /**
     * Rows are checked in chunks on every core: the problems still come in file order, a key
     * repeated in a later chunk is found, and rows read before a malformed one are reported with it.
     */
    @Test
    void problemsAreReportedInFileOrderAcrossChunksAndBeforeAMalformedRow() throws IOException {
        int rows = 1_203;
        List<String> lines = new java.util.ArrayList<>();
        List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean bad = i % 250 == 7;
            // The key of row 3 again, in the third chunk of 500.
            String key = i == 1_100 ? "CHUNKS-3" : "CHUNKS-" + i;
            lines.add(row(key, "2023-05-02T10:00:00Z", bad ? "PIGEON" : "PHONE", Map.of()));
            if (bad || i == 1_100) {
                expected.add(i + 2);
            }
        }
        Path file = file(lines.toArray(String[]::new));

        ImportReport rejected = importer.run(file, false, "import", ImportProgress.NONE);

        assertThat(rejected.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(rejected.rows()).isEqualTo(rows);
        assertThat(rejected.problems()).extracting(RowProblem::line).containsExactlyElementsOf(expected);
        assertThat(rejected.problems().get(expected.indexOf(1_102)).reason())
                .isEqualTo("legacy_reference CHUNKS-3 is also on line 5");

        // A last row whose first field opens a quote that never closes.
        lines.add("\"CHUNKS-LAST,the quote before this is never closed");
        ImportReport malformed = importer.run(file(lines.toArray(String[]::new)), true, "import", ImportProgress.NONE);

        List<Integer> withMalformed = new java.util.ArrayList<>(expected);
        withMalformed.add(rows + 2);
        assertThat(malformed.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(malformed.problems()).extracting(RowProblem::line).containsExactlyElementsOf(withMalformed);
        assertThat(imported("CHUNKS-%")).isZero();
    }

    /**
     * Batches are prepared while the one before is written: a resident first met in one batch and
     * named again in the next ones (before the first is committed, or after) is recorded once.
     */
    @Test
    void aFileOfSeveralBatchesImportsEveryRowOnceWithEachResidentRecordedOnce() throws IOException {
        int rows = 2 * Importer.BATCH + 7;
        Map<String, String> shared =
                Map.of("resident_reference", "T-BATCHES-SHARED", "resident_name", "Olaudah Equiano");
        String[] lines = new String[rows];
        for (int i = 0; i < rows; i++) {
            // The shared resident is on the first and last rows of each batch, and every 97th row.
            boolean sharing = i % Importer.BATCH == 0 || i % Importer.BATCH == Importer.BATCH - 1 || i % 97 == 0;
            lines[i] = row(
                    "BATCHES-" + i,
                    "2023-%02d-%02dT10:00:00Z".formatted(1 + i % 12, 1 + i % 28),
                    "PHONE",
                    sharing ? shared : Map.of());
        }
        Path file = file(lines);
        List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        ImportReport report = importer.run(file, false, "import", (phase, done, total) -> {
            if (phase == ImportProgress.Phase.IMPORTING) {
                assertThat(total).isEqualTo(rows);
                progress.add(done);
            }
        });

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.imported()).isEqualTo(rows);
        assertThat(progress).containsExactly((long) Importer.BATCH, 2L * Importer.BATCH, (long) rows);
        assertThat(imported("BATCHES-%")).isEqualTo(rows);
        assertThat(jdbc.sql("select count(distinct reference) from complaint_import where import_key like 'BATCHES-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from resident where tenancy_reference = 'T-BATCHES-SHARED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long sharing = java.util.stream.IntStream.range(0, rows)
                .filter(i -> i % Importer.BATCH == 0 || i % Importer.BATCH == Importer.BATCH - 1 || i % 97 == 0)
                .count();
        assertThat(jdbc.sql("""
                        select count(*) from complaint c join resident r on r.id = c.resident_id
                         where r.tenancy_reference = 'T-BATCHES-SHARED'""").query(Long.class).single()).isEqualTo(sharing);
        assertThat(jdbc.sql("""
                        select count(*) from complaint_import i join complaint c on c.reference = i.reference
                          join resident r on r.id = c.resident_id
                         where i.import_key like 'BATCHES-%' and r.tenancy_reference <> 'T-BATCHES-SHARED'
                           and r.tenancy_reference <> 'T-' || i.import_key""").query(Long.class).single()).isZero();

        ImportReport again = importer.run(file, false, "import", ImportProgress.NONE);

        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(rows);
        assertThat(imported("BATCHES-%")).isEqualTo(rows);
    }

    @Test
    void anImportedComplaintCountsInReportsExactlyLikeTheSameComplaintHandledInPutright() throws IOException {
        String nativeReference = nativeComplaint();
        Path file = file(row(
                "SAME-1",
                "2024-09-02T09:00:00+01:00",
                "PHONE",
                Map.ofEntries(
                        Map.entry("category", "REPAIRS"),
                        Map.entry("acknowledged_at", "2024-09-04T10:00:00+01:00"),
                        Map.entry("handler", "imp-hana"),
                        Map.entry("extensions", "2024-09-18T16:00:00+01:00|10|Awaiting a report|"),
                        Map.entry("responded_at", "2024-10-01T10:00:00+01:00"),
                        Map.entry("outcome", "NOT_UPHELD"),
                        Map.entry("remedies", "FINANCIAL|25.50|2024-10-31||Compensation for the delay"),
                        Map.entry("escalated_at", "2024-10-07T10:00:00+01:00"),
                        Map.entry("stage2_acknowledged_at", "2024-10-10T10:00:00+01:00"),
                        Map.entry("stage2_handler", "imp-tom"),
                        Map.entry("stage2_responded_at", "2024-11-07T23:30:00Z"),
                        Map.entry("stage2_outcome", "UPHELD"))));

        ImportReport report = importer.run(file, false, "import", ImportProgress.NONE);

        assertThat(report.outcome()).as(report.problems().toString()).isEqualTo(ImportReport.Outcome.IMPORTED);
        String importedReference = referenceOf("SAME-1");
        // Letters are the one difference: the previous system sent them, Putright did not.
        String columns = "stage, channel, category, handler, started_at, started_on, started_month, acknowledge_by,"
                + " acknowledged_at, acknowledged_on_time, definition_recorded, respond_by_original, respond_by,"
                + " respond_by_allowed, extension_count, extension_working_days, extensions_notified_in_time,"
                + " extensions_within_cap, responded_at, responded_on, responded_month, responded_on_time,"
                + " within_timescale, decision, refused_at, withdrawn_at, closed_at, handler_independent, remedies,"
                + " financial_remedies, compensation_offered, compensation_paid, remedies_with_due_date,"
                + " remedies_completed, actions";
        assertThat(facts(columns, importedReference)).isEqualTo(facts(columns, nativeReference));
        assertThat(facts(columns, importedReference)).hasSize(2);
        // So the facts say each native extension has its letter with the Ombudsman's details (6.5)
        // and the imported one has none; the backfill of the column from the letters (V18_7) gives
        // the same answers as the facts written today, whichever way the column stood before it.
        assertThat(extensionLetters(nativeReference)).containsExactly(true, true);
        assertThat(extensionLetters(importedReference)).containsExactly(false, true);
        jdbc.sql("update complaint_stage_fact set extension_letters_issued = not extension_letters_issued"
                        + " where reference in (:references)")
                .param("references", List.of(nativeReference, importedReference))
                .update();
        jdbc.sql(extensionLettersBackfill()).update();
        // Stage 1 of each was extended and takes its value from its letters; stage 2 of each was
        // never extended, so the backfill leaves it alone (no report reads the column there).
        assertThat(extensionLetters(nativeReference)).containsExactly(true, false);
        assertThat(extensionLetters(importedReference)).containsExactly(false, false);

        JsonNode tsm = Api.at(port)
                .asAdmin()
                .get("/api/v1/reports/tsm?from=2024-04-01&to=2025-03-31&homes=1000")
                .json();
        assertThat(tsm.at("/ch01/stage1/count").asLong()).isEqualTo(2);
        assertThat(tsm.at("/ch01/stage2/count").asLong()).isEqualTo(2);
        assertThat(tsm.at("/ch02/stage1/responded").asLong()).isEqualTo(2);
        assertThat(tsm.at("/ch02/stage2/responded").asLong()).isEqualTo(2);
        JsonNode summary = hana.get("/api/v1/complaints/" + importedReference).json();
        assertThat(summary.get("status").asString()).isEqualTo("STAGE_2_RESPONDED");
    }

    private String nativeComplaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2024-09-02T09:00:00+01:00");
        body.put("channel", "PHONE");
        body.put("resident", Map.of("name", "Mary Seacole", "email", "mary@example.org"));
        body.put("description", "The damp in the bedroom is back.");
        body.put("category", "REPAIRS");
        Api.Response received = hana.post("/api/v1/complaints", body);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String path = "/api/v1/complaints/" + received.json().get("reference").asString() + "/";
        ok(hana.post(path + "acknowledgement", acknowledgement("2024-09-04T10:00:00+01:00", "imp-hana")));
        ok(hana.post(
                path + "extension",
                Map.of("notifiedAt", "2024-09-18T16:00:00+01:00", "workingDays", 10, "reason", "Awaiting a report")));
        ok(hana.post(
                path + "response",
                Map.of(
                        "respondedAt",
                        "2024-10-01T10:00:00+01:00",
                        "findings",
                        List.of(Map.of("point", 1, "upheld", false, "reasons", "The records show it.")),
                        "remedies",
                        List.of(Map.of(
                                "type",
                                "FINANCIAL",
                                "description",
                                "Compensation for the delay",
                                "amount",
                                "25.50",
                                "dueBy",
                                "2024-10-31")))));
        ok(hana.post(path + "escalation", Map.of("requestedAt", "2024-10-07T10:00:00+01:00")));
        ok(tom.post(path + "acknowledgement", acknowledgement("2024-10-10T10:00:00+01:00", "imp-tom")));
        ok(tom.post(
                path + "response",
                Map.of(
                        "respondedAt",
                        "2024-11-07T23:30:00Z",
                        "findings",
                        List.of(Map.of("point", 1, "upheld", true, "reasons", "The records show it.")))));
        return received.json().get("reference").asString();
    }

    private static Map<String, Object> acknowledgement(String at, String handler) {
        return Map.of(
                "acknowledgedAt",
                at,
                "handler",
                handler,
                "definition",
                Map.of("points", List.of(Map.of("summary", "Damp", "outcomeSought", "Fix it"))));
    }

    private List<@Nullable Boolean> extensionLetters(String reference) {
        return jdbc.sql("select extension_letters_issued from complaint_stage_fact where reference = :r order by stage")
                .param("r", reference)
                .query(Boolean.class)
                .list();
    }

    /** The migration's update, as shipped. */
    private static String extensionLettersBackfill() throws IOException {
        try (var in =
                ImportIT.class.getResourceAsStream("/db/migration/complaint/V18_7__stage_fact_extension_letters.sql")) {
            String migration = new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            return migration
                    .substring(migration.indexOf("update complaint_stage_fact"))
                    .strip()
                    .replaceAll(";$", "");
        }
    }

    private List<Map<String, @Nullable Object>> facts(String columns, String reference) {
        return jdbc.sql("select " + columns + " from complaint_stage_fact where reference = :r order by stage")
                .param("r", reference)
                .query()
                .listOfRows();
    }

    private long imported(String pattern) {
        return jdbc.sql("select count(*) from complaint_import where import_key like :p")
                .param("p", pattern)
                .query(Long.class)
                .single();
    }

    private String referenceOf(String key) {
        return jdbc.sql("select reference from complaint_import where import_key = :k")
                .param("k", key)
                .query(String.class)
                .single();
    }

    private Path file(String... rows) throws IOException {
        Path file = Files.createTempFile(folder, "complaints", ".csv");
        Files.writeString(file, ImportRows.file(rows), StandardCharsets.UTF_8);
        return file;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String staff(Api admin, String username) {
        if (admin.get("/api/v1/staff/" + username).status() == 404) {
            admin.post(
                    "/api/v1/staff",
                    Map.of(
                            "username",
                            username,
                            "name",
                            username,
                            "email",
                            username + "@example.org",
                            "roles",
                            List.of("HANDLER"),
                            "compensationLimit",
                            "100.00"));
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }
}
