package org.putright.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.migration.ImportRows.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.Browser;
import org.putright.testing.OpenApiFixtures;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Imports started over the API and from the administrators' page, on both databases: the file is
 * checked and imported in the background, its progress and outcome can be followed, every bad row
 * is listed and downloadable, the same file twice adds each complaint once, and only administrators
 * may import.
 */
@PutrightIntegrationTest
@TestPropertySource(properties = "putright.test.database=import")
class ImportJobsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileSentToTheApiIsImportedInTheBackgroundAndTheSameFileAgainAddsNothing() {
        Api admin = Api.at(port).asAdmin();
        String file = ImportRows.file(
                row("JOB-A1", "2023-01-09T10:00:00Z", "PHONE", Map.of()),
                row("JOB-A2", "2023-01-10T10:00:00Z", "EMAIL", Map.of("category", "REPAIRS")),
                row(
                        "JOB-A3",
                        "2023-01-11T10:00:00Z",
                        "LETTER",
                        Map.of(
                                "acknowledged_at",
                                "2023-01-12",
                                "handler",
                                "admin",
                                "responded_at",
                                "2023-01-20",
                                "outcome",
                                "UPHELD")));

        Api.Response started = admin.sendRaw(
                "POST",
                "/api/v1/imports",
                OpenApiFixtures.MULTIPART_TYPE,
                OpenApiFixtures.multipartBody("file", "history.csv", file));

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/v1/imports/");
        assertThat(started.json().get("fileName").asString()).isEqualTo("history.csv");
        JsonNode done = finished(admin, location);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("IMPORTED");
        assertThat(done.get("rowsInFile").asLong()).isEqualTo(3);
        assertThat(done.get("imported").asLong()).isEqualTo(3);
        assertThat(done.get("percentDone").asInt()).isEqualTo(100);
        assertThat(done.get("requestedBy").asString()).isEqualTo("admin");
        assertThat(imported("JOB-A%")).isEqualTo(3);

        JsonNode again = finished(
                admin,
                admin.sendRaw(
                                "POST",
                                "/api/v1/imports",
                                OpenApiFixtures.MULTIPART_TYPE,
                                OpenApiFixtures.multipartBody("file", "history.csv", file))
                        .header("Location"));
        assertThat(again.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("alreadyImported").asLong()).isEqualTo(3);
        assertThat(imported("JOB-A%")).isEqualTo(3);

        JsonNode list = admin.get("/api/v1/imports?size=100").json();
        assertThat(list.get("items").valueStream().map(item -> item.get("href").asString()))
                .contains(location);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndListsEveryBadRowUnlessAskedToSkipThem() throws IOException {
        Api admin = Api.at(port).asAdmin();
        String file = ImportRows.file(
                row("JOB-B1", "2023-02-01T10:00:00Z", "PHONE", Map.of()),
                row("JOB-B2", "2023-02-02T10:00:00Z", "CARRIER_PIGEON", Map.of()),
                row("JOB-B3", "not a time", "EMAIL", Map.of()));

        JsonNode rejected = finished(
                admin,
                admin.sendRaw(
                                "POST",
                                "/api/v1/imports",
                                OpenApiFixtures.MULTIPART_TYPE,
                                OpenApiFixtures.multipartBody("file", "bad.csv", file))
                        .header("Location"));

        assertThat(rejected.get("status").asString()).as(rejected.toString()).isEqualTo("REJECTED");
        assertThat(rejected.get("problems").asLong()).isEqualTo(2);
        assertThat(imported("JOB-B%")).isZero();
        JsonNode problems = admin.get(rejected.get("problemsHref").asString()).json();
        assertThat(problems.get("total").asLong()).isEqualTo(2);
        assertThat(problems.get("items").valueStream().map(problem -> problem.get("line")
                        .asInt()))
                .containsExactly(3, 4);
        assertThat(problems.at("/items/0/reason").asString()).contains("CARRIER_PIGEON");

        // A large file goes as the body itself, here compressed, which the multipart limit does not bound.
        Api.Response streamed = admin.sendBytes(
                "POST", "/api/v1/imports?filename=bad.csv.gz&skipBadRows=true", "application/gzip", gzip(file));
        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(202);
        JsonNode skipping = finished(admin, streamed.header("Location"));

        assertThat(skipping.get("status").asString()).as(skipping.toString()).isEqualTo("IMPORTED");
        assertThat(skipping.get("fileName").asString()).isEqualTo("bad.csv.gz");
        assertThat(skipping.get("imported").asLong()).isEqualTo(1);
        assertThat(skipping.get("skipped").asLong()).isEqualTo(2);
        assertThat(imported("JOB-B%")).isEqualTo(1);
    }

    @Test
    void aMissingOrEmptyFileIsRefusedAndOnlyAdministratorsMayImport() {
        Api admin = Api.at(port).asAdmin();
        Api.Response empty = admin.sendRaw(
                "POST",
                "/api/v1/imports",
                OpenApiFixtures.MULTIPART_TYPE,
                OpenApiFixtures.multipartBody("file", "e.csv", ""));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(admin.sendRaw("POST", "/api/v1/imports", "text/csv", "").status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/imports/" + UUID.randomUUID()).status()).isEqualTo(404);

        Api.Response refused = Api.at(port)
                .asStaff("import-handler", "HANDLER")
                .sendRaw(
                        "POST",
                        "/api/v1/imports",
                        OpenApiFixtures.MULTIPART_TYPE,
                        OpenApiFixtures.multipartBody(
                                "file",
                                "h.csv",
                                ImportRows.file(row("JOB-C1", "2023-03-01T10:00:00Z", "PHONE", Map.of()))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(imported("JOB-C%")).isZero();
    }

    @Test
    void anAdministratorImportsFromThePageFollowsItAndDownloadsTheBadRows() {
        StaffWeb web = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        StaffWeb.Page form = web.get("/staff/admin/imports");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Import historic complaints", "legacy_reference");

        StaffWeb.Page nothing = web.upload("/staff/admin/imports", Map.of(), "file", "", new byte[0], form);
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.text()).contains("There is a problem", "Choose a CSV file of complaints to import");

        String file = ImportRows.file(
                row("JOB-D1", "2023-04-03T10:00:00Z", "PHONE", Map.of()),
                row("JOB-D2", "2023-04-04T10:00:00Z", "FAX", Map.of("description", "=HYPERLINK(\"x\")")));
        StaffWeb.Page uploaded = web.upload(
                "/staff/admin/imports",
                Map.of("skipBadRows", "true"),
                "file",
                "from-old-system.csv",
                file.getBytes(StandardCharsets.UTF_8),
                form);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(302);
        String page = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(page).startsWith("/staff/admin/imports/");
        String id = page.substring(page.lastIndexOf('/') + 1);
        finished(Api.at(port).asAdmin(), "/api/v1/imports/" + id);

        StaffWeb.Page result = web.get(page);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.text())
                .contains("from-old-system.csv", "1 complaint imported", "1 problem with the file", "FAX")
                .doesNotContain("Check progress");
        StaffWeb.Page download = web.get(page + "/problems.csv");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        assertThat(download.body()).startsWith("line,reason\r\n3,");
        assertThat(imported("JOB-D%")).isEqualTo(1);

        assertThat(web.get("/staff/admin/imports").text()).contains("from-old-system.csv");
        JsonNode audit = Api.at(port)
                .asAdmin()
                .get("/api/v1/audit-log?action=IMPORT_STARTED&size=100")
                .json();
        assertThat(audit.get("items").valueStream().map(entry -> entry.get("target")
                        .asString()))
                .contains(id);
    }

    @Test
    void thePagesAreAccessibleAndARunningImportsPageFollowsItByItself() throws IOException {
        Path file = Files.createTempFile("browser-import", ".csv");
        Files.writeString(
                file,
                ImportRows.file(row("JOB-E1", "2023-05-02T10:00:00Z", "PHONE", Map.of())),
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(port)) {
            browser.visit("/login")
                    .fill("Username", "admin")
                    .fill("Password", Api.ADMIN_PASSWORD)
                    .press("Sign in");

            browser.visit("/staff/admin/imports").assertAccessible();
            browser.press("Check and import").assertAccessible();
            assertThat(browser.errors()).containsExactly("Choose a CSV file of complaints to import");
            browser.find("#file").sendKeys(file.toString());
            browser.press("Check and import");
            assertThat(browser.path()).startsWith("/staff/admin/imports/");
            browser.assertAccessible();

            // An import part-way through, as another instance would be running it.
            UUID running = UUID.randomUUID();
            jdbc.sql("""
                            insert into import_job (id, file_name, skip_bad_rows, status, rows_checked, rows_in_file,
                                   rows_done, rows_to_import, imported, already_imported, skipped, problem_count,
                                   requested_by, requested_at, updated_at)
                            values (:id, 'big.csv', false, 'IMPORTING', 5000, null, 2000, 5000, 0, 0, 0, 0, 'admin',
                                    :at, :at)
                            """)
                    .param("id", running)
                    .param("at", java.sql.Timestamp.from(java.time.Instant.parse(PutrightIntegrationTest.NOW)))
                    .update();
            browser.visit("/staff/admin/imports/" + running).assertAccessible();
            assertThat(browser.find("progress").getAttribute("value")).isEqualTo("40");
            assertThat(browser.text()).contains("2,000 of 5,000 good rows imported (40%)", "Check progress");

            jdbc.sql("""
                            update import_job set status = 'IMPORTED', rows_done = 5000, rows_in_file = 5000,
                                   imported = 5000, finished_at = updated_at where id = :id
                            """).param("id", running).update();
            browser.awaitText("5,000 complaints imported", Duration.ofSeconds(20));
            assertThat(browser.text()).doesNotContain("Check progress");
            browser.assertAccessible();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Waits for the import at {@code location} to finish and returns it as it ended. */
    private static JsonNode finished(Api admin, String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Api.Response response = admin.get(location);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode job = response.json();
            if (job.get("finished").asBoolean()) {
                return job;
            }
            assertThat(System.nanoTime())
                    .as("the import %s finished in a minute", location)
                    .isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long imported(String pattern) {
        return jdbc.sql("select count(*) from complaint_import where import_key like :p")
                .param("p", pattern)
                .query(Long.class)
                .single();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
