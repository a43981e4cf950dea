package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The TSM, the dashboard and the exports over a known set of complaints made through the API with
 * real dates, each figure checked against the numbers worked out by hand below. The reporting
 * year is 2024-25 (1 April 2024 to 31 March 2025, Europe/London days, both included).
 *
 * <pre>
 *  C1  received 00:30 BST 1 Apr 2024 (31 Mar in UTC; Easter Monday): in 2024-25. Ack 8 Apr (due 8 Apr),
 *      responded 22 Apr (due 22 Apr): within. Upheld; £50.00 remedy.
 *  C2  received 23:30 BST 31 Mar 2024: in 2023-24. Ack 2 Apr (due 8 Apr), responded 16 Apr (due 16 Apr):
 *      within, and counted in 2024-25's CH02 by its response. Not upheld.
 *  C3  received 10 May, refused 13 May (legal proceedings): not in CH01.
 *  C4  received 3 Jun, acknowledged 5 Jun, withdrawn 10 Jun: in CH01 (withdrawn complaints count).
 *  C5  received Mon 1 Jul, acknowledged 9 Jul (due 8 Jul: late), responded 22 Jul (due 23 Jul): not within.
 *  C6  received 2 Sep, ack 4 Sep, due 18 Sep, extended on 18 Sep by 10 to 2 Oct, responded 1 Oct: within.
 *      £25.50 remedy. Stage 2 asked 7 Oct, acknowledged 10 Oct by another handler (due 14 Oct),
 *      responded 23:30 GMT 7 Nov (due 7 Nov): within. Not upheld, then upheld.
 *  C7  received 14 Oct, ack 15 Oct, responded 23:30 UTC 29 Oct (GMT since 27 Oct: still the 29th; due
 *      29 Oct): within. Partly upheld.
 *  C8  received 4 Nov, ack 5 Nov, responded 21 Nov (due 19 Nov): late. Stage 2 asked 25 Nov and refused
 *      27 Nov (previously considered): not in CH01 stage 2.
 *  C9  received Fri 28 Mar 2025 (in 2024-25), ack 1 Apr 2025 (due 4 Apr), responded 23:30 UTC 15 Apr
 *      2025 = 00:30 BST 16 Apr (due 15 Apr): late, and counted in 2025-26's CH02.
 *  C10 received 3 Feb 2025, ack 4 Feb, responded 14 Feb (due 18 Feb): within. Stage 2 asked 23:30 UTC
 *      31 Mar 2025 = 00:30 BST 1 Apr 2025: in 2025-26.
 *  C11 received 2 Dec, ack 3 Dec, due 17 Dec; extended on 16 Dec by 10 (to 3 Jan, past Christmas and
 *      New Year) and on 3 Jan by 5 more beyond the cap with a good reason (to 10 Jan); responded
 *      9 Jan 2025: within.
 *
 * 2024-25: CH01 stage 1 = C1, C4–C11 = 9; stage 2 = C6 = 1. With 7,200 homes: 9000/7200 = 1.25 →
 *          1.3 (half-up), 1000/7200 = 0.138… → 0.1.
 *          CH02 stage 1: responded C1, C2, C5, C6, C7, C8, C10, C11 = 8; within C1, C2, C6, C7, C10, C11
 *          = 6 → 75.0. Stage 2: C6, 1 of 1 → 100.0.
 * 2025-26 (5,000 homes in settings): CH01 stage 1 = 0; stage 2 = C10 = 1 → 0.2.
 *          CH02 stage 1: C9, 0 of 1 → 0.0; stage 2: nothing responded → null.
 * </pre>
 */
@PutrightIntegrationTest
@TestPropertySource(properties = "putright.test.database=reporting")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIT {

    @LocalServerPort
    int port;

    Api admin;
    Api hana;
    Api tom;
    final Map<String, String> refs = new HashMap<>();

    @BeforeAll
    void aYearOfComplaints() {
        admin = Api.at(port).asAdmin();
        hana = Api.at(port).as(staff("rep-hana", "HANDLER"));
        tom = Api.at(port).as(staff("rep-tom", "HANDLER"));
        ok(admin.put(
                "/api/v1/settings",
                Map.of("homesByReportingYear", List.of(Map.of("reportingYear", "2025-26", "homes", 5000)))));

        refs.put("C1", received("2024-03-31T23:30:00Z", "REPAIRS", "PHONE"));
        acknowledge("C1", "2024-04-08T16:00:00+01:00", "rep-hana");
        respond(hana, "C1", "2024-04-22T17:00:00+01:00", List.of(true), remedy("50.00", "2024-05-31"));

        refs.put("C2", received("2024-03-31T22:30:00Z", "REPAIRS", "EMAIL"));
        acknowledge("C2", "2024-04-02T10:00:00+01:00", "rep-hana");
        respond(hana, "C2", "2024-04-16T10:00:00+01:00", List.of(false), null);

        refs.put("C3", received("2024-05-10T10:00:00+01:00", "ANTISOCIAL_BEHAVIOUR", "LETTER"));
        ok(hana.post(
                path("C3", "refusal"),
                Map.of(
                        "decidedAt",
                        "2024-05-13T10:00:00+01:00",
                        "ground",
                        "LEGAL_PROCEEDINGS",
                        "reasons",
                        "Possession proceedings about the same matter began in April.")));

        refs.put("C4", received("2024-06-03T09:00:00+01:00", "REPAIRS", "PHONE"));
        acknowledge("C4", "2024-06-05T10:00:00+01:00", "rep-hana");
        ok(hana.post(path("C4", "withdrawal"), Map.of("withdrawnAt", "2024-06-10T09:00:00+01:00", "note", "Sorted")));

        refs.put("C5", received("2024-07-01T09:00:00+01:00", "REPAIRS", "WEB_FORM"));
        acknowledge("C5", "2024-07-09T10:00:00+01:00", "rep-hana");
        respond(hana, "C5", "2024-07-22T10:00:00+01:00", List.of(true), null);

        refs.put("C6", received("2024-09-02T09:00:00+01:00", "ANTISOCIAL_BEHAVIOUR", "PHONE"));
        acknowledge("C6", "2024-09-04T10:00:00+01:00", "rep-hana");
        ok(hana.post(
                path("C6", "extension"),
                Map.of("notifiedAt", "2024-09-18T16:00:00+01:00", "workingDays", 10, "reason", "Awaiting a report")));
        respond(hana, "C6", "2024-10-01T10:00:00+01:00", List.of(false), remedy("25.50", "2024-10-31"));
        ok(hana.post(path("C6", "escalation"), Map.of("requestedAt", "2024-10-07T10:00:00+01:00")));
        ok(tom.post(path("C6", "acknowledgement"), acknowledgement("2024-10-10T10:00:00+01:00", "rep-tom", 1)));
        respond(tom, "C6", "2024-11-07T23:30:00Z", List.of(true), null);

        refs.put("C7", received("2024-10-14T09:00:00+01:00", "REPAIRS", "EMAIL"));
        ok(hana.post(path("C7", "acknowledgement"), acknowledgement("2024-10-15T10:00:00+01:00", "rep-hana", 2)));
        respond(hana, "C7", "2024-10-29T23:30:00Z", List.of(true, false), null);

        refs.put("C8", received("2024-11-04T10:00:00Z", "REPAIRS", "PHONE"));
        acknowledge("C8", "2024-11-05T10:00:00Z", "rep-hana");
        respond(hana, "C8", "2024-11-21T10:00:00Z", List.of(false), null);
        ok(hana.post(path("C8", "escalation"), Map.of("requestedAt", "2024-11-25T10:00:00Z")));
        ok(hana.post(
                path("C8", "refusal"),
                Map.of(
                        "decidedAt",
                        "2024-11-27T10:00:00Z",
                        "ground",
                        "PREVIOUSLY_CONSIDERED",
                        "reasons",
                        "The same complaint was answered in full in 2023.")));

        refs.put("C9", received("2025-03-28T10:00:00Z", "REPAIRS", "PHONE"));
        acknowledge("C9", "2025-04-01T10:00:00+01:00", "rep-hana");
        respond(hana, "C9", "2025-04-15T23:30:00Z", List.of(true), null);

        refs.put("C10", received("2025-02-03T10:00:00Z", "REPAIRS", "IN_PERSON"));
        acknowledge("C10", "2025-02-04T10:00:00Z", "rep-hana");
        respond(hana, "C10", "2025-02-14T10:00:00Z", List.of(true), null);
        ok(hana.post(path("C10", "escalation"), Map.of("requestedAt", "2025-03-31T23:30:00Z")));

        refs.put("C11", received("2024-12-02T10:00:00Z", "REPAIRS", "PHONE"));
        acknowledge("C11", "2024-12-03T10:00:00Z", "rep-hana");
        ok(hana.post(
                path("C11", "extension"),
                Map.of("notifiedAt", "2024-12-16T10:00:00Z", "workingDays", 10, "reason", "Contractor survey")));
        ok(hana.post(
                path("C11", "extension"),
                Map.of(
                        "notifiedAt", "2025-01-03T10:00:00Z",
                        "workingDays", 5,
                        "reason", "Survey results late",
                        "goodReason", "The surveyor was ill over Christmas")));
        respond(hana, "C11", "2025-01-09T10:00:00Z", List.of(true), null);
    }

    @Test
    void theTsmOf2024To25IsAsWorkedByHand() {
        JsonNode tsm = ok(admin.get("/api/v1/reports/tsm?from=2024-04-01&to=2025-03-31&homes=7200"));

        assertThat(tsm.get("from").asString()).isEqualTo("2024-04-01");
        assertThat(tsm.get("to").asString()).isEqualTo("2025-03-31");
        assertThat(tsm.get("homes").asInt()).isEqualTo(7200);
        assertThat(tsm.at("/ch01/stage1/count").asLong()).isEqualTo(9);
        assertThat(tsm.at("/ch01/stage1/perThousandHomes").decimalValue()).isEqualByComparingTo("1.3");
        assertThat(tsm.at("/ch01/stage2/count").asLong()).isEqualTo(1);
        assertThat(tsm.at("/ch01/stage2/perThousandHomes").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(tsm.at("/ch02/stage1/responded").asLong()).isEqualTo(8);
        assertThat(tsm.at("/ch02/stage1/withinTimescale").asLong()).isEqualTo(6);
        assertThat(tsm.at("/ch02/stage1/percent").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(tsm.at("/ch02/stage2/responded").asLong()).isEqualTo(1);
        assertThat(tsm.at("/ch02/stage2/withinTimescale").asLong()).isEqualTo(1);
        assertThat(tsm.at("/ch02/stage2/percent").decimalValue()).isEqualByComparingTo("100.0");
    }

    @Test
    void theTsmOf2025To26TakesItsHomesFromTheSettings() {
        JsonNode tsm = ok(admin.get("/api/v1/reports/tsm?from=2025-04-01&to=2026-03-31"));

        assertThat(tsm.get("homes").asInt()).isEqualTo(5000);
        assertThat(tsm.at("/ch01/stage1/count").asLong()).isZero();
        assertThat(tsm.at("/ch01/stage1/perThousandHomes").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(tsm.at("/ch01/stage2/count").asLong()).isEqualTo(1);
        assertThat(tsm.at("/ch01/stage2/perThousandHomes").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(tsm.at("/ch02/stage1/responded").asLong()).isEqualTo(1);
        assertThat(tsm.at("/ch02/stage1/withinTimescale").asLong()).isZero();
        assertThat(tsm.at("/ch02/stage1/percent").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(tsm.at("/ch02/stage2/responded").asLong()).isZero();
        assertThat(tsm.at("/ch02/stage2/percent").isNull()).isTrue();
    }

    @Test
    void withoutHomesForThePeriodTheTsmIsABadRequest() {
        Api.Response noHomes = admin.get("/api/v1/reports/tsm?from=2024-04-01&to=2025-03-31");
        Api.Response backwards = admin.get("/api/v1/reports/tsm?from=2025-04-01&to=2024-03-31&homes=10");
        Api.Response noRole = hana.get("/api/v1/reports/tsm?from=2024-04-01&to=2025-03-31&homes=10");

        assertThat(noHomes.status()).isEqualTo(400);
        assertThat(noHomes.contentType()).startsWith("application/problem+json");
        assertThat(noHomes.body()).contains("homes");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(noRole.status()).isEqualTo(403);
    }

    @Test
    void eachFigureListsTheComplaintsItCounted() {
        assertThat(counted("CH01_STAGE_1", "2024-04-01", "2025-03-31"))
                .containsExactlyInAnyOrder(
                        ref("C1"),
                        ref("C4"),
                        ref("C5"),
                        ref("C6"),
                        ref("C7"),
                        ref("C8"),
                        ref("C9"),
                        ref("C10"),
                        ref("C11"));
        assertThat(counted("CH01_STAGE_2", "2024-04-01", "2025-03-31")).containsExactly(ref("C6"));
        assertThat(counted("CH02_STAGE_1_WITHIN_TIMESCALE", "2024-04-01", "2025-03-31"))
                .containsExactlyInAnyOrder(ref("C1"), ref("C2"), ref("C6"), ref("C7"), ref("C10"), ref("C11"));
        assertThat(counted("CH02_STAGE_1_OUTSIDE_TIMESCALE", "2024-04-01", "2025-03-31"))
                .containsExactlyInAnyOrder(ref("C5"), ref("C8"));
        assertThat(counted("CH02_STAGE_1_OUTSIDE_TIMESCALE", "2025-04-01", "2026-03-31"))
                .containsExactly(ref("C9"));
        assertThat(counted("CH01_STAGE_2", "2025-04-01", "2026-03-31")).containsExactly(ref("C10"));
        JsonNode page = ok(
                admin.get("/api/v1/reports/tsm/complaints?figure=CH01_STAGE_1&from=2024-04-01&to=2025-03-31&size=2"));
        assertThat(page.get("total").asLong()).isEqualTo(9);
        assertThat(page.get("complaints").size()).isEqualTo(2);
        assertThat(admin.get("/api/v1/reports/tsm/complaints?figure=NO_SUCH").status())
                .isEqualTo(400);
    }

    @Test
    void theTsmDownloadsAsCsv() {
        Api.Response csv = admin.header("Accept", "text/csv")
                .get("/api/v1/reports/tsm.csv?from=2024-04-01&to=2025-03-31&homes=7200");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n"))
                .containsExactly(
                        "Measure,Stage,Count,Within the timescale,Result,Unit",
                        "CH01,1,9,,1.3,\"per 1,000 homes\"",
                        "CH01,2,1,,0.1,\"per 1,000 homes\"",
                        "CH02,1,8,6,75.0,percent",
                        "CH02,2,1,1,100.0,percent");
    }

    @Test
    void theDashboardTablesAreAsWorkedByHand() {
        JsonNode dashboard = ok(admin.get("/api/v1/reports/dashboard?from=2024-04-01&to=2025-03-31"));
        assertThat(dashboard.get("homes").isNull()).isTrue();

        assertThat(rows(dashboard, "volumes-by-stage"))
                .containsExactly(
                        List.of("Stage 1", "10", "1", "9", "1", "8"), List.of("Stage 2", "2", "1", "1", "0", "1"));
        assertThat(rows(dashboard, "volumes-by-category"))
                .containsExactly(List.of("ANTISOCIAL_BEHAVIOUR", "2", "1"), List.of("REPAIRS", "8", "1"));
        assertThat(rows(dashboard, "volumes-by-channel"))
                .contains(
                        List.of("Phone", "6"),
                        List.of("Email", "1"),
                        List.of("In person", "1"),
                        List.of("Web form", "1"),
                        List.of("Letter", "1"),
                        List.of("Social media", "0"));
        assertThat(rows(dashboard, "outcomes"))
                .containsExactly(List.of("Stage 1", "8", "4", "1", "3"), List.of("Stage 2", "1", "1", "0", "0"));
        List<List<String>> timeliness = rows(dashboard, "timeliness");
        assertThat(timeliness.get(0))
                .containsExactly("Stage 1: acknowledged within 5 working days", "6.2", "9", "8", "88.9");
        assertThat(timeliness.get(1))
                .containsExactly(
                        "Stage 1: responded by the deadline, with extensions allowed", "6.3", "8", "7", "87.5");
        assertThat(timeliness.get(2))
                .containsExactly(
                        "Stage 1: extensions told to the resident in time and within the cap",
                        "6.4",
                        "2",
                        "2",
                        "100.0");
        assertThat(timeliness.get(3).subList(2, 5)).containsExactly("8", "6", "75.0");
        assertThat(timeliness.get(4).subList(2, 5)).containsExactly("1", "1", "100.0");
        assertThat(rows(dashboard, "refusals-by-ground"))
                .containsExactly(
                        List.of("Older than 12 months", "0", "0"),
                        List.of("Legal proceedings", "1", "0"),
                        List.of("Previously considered", "0", "1"),
                        List.of("Other", "0", "0"));
        // Amounts are compared as the JSON numbers read back (75.50 reads as 75.5).
        List<List<String>> remedies = rows(dashboard, "remedies");
        assertThat(remedies.get(0).subList(0, 5)).containsExactly("Stage 1", "2", "2", "75.5", "0.0");
        assertThat(remedies.get(2).subList(0, 4)).containsExactly("Both stages", "2", "2", "75.5");
        List<List<String>> months = rows(dashboard, "monthly-trends");
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).containsExactly("Apr 2024", "1", "0", "2", "0", "2", "100.0");
        assertThat(months.get(3)).containsExactly("Jul 2024", "1", "0", "1", "0", "0", "0.0");
        assertThat(months.get(7)).containsExactly("Nov 2024", "1", "1", "1", "1", "1", "50.0");
        assertThat(months.get(11)).containsExactly("Mar 2025", "1", "0", "0", "0", "0", "");
        assertThat(rows(dashboard, "open-cases"))
                .contains(
                        List.of("Stage 1 responded", "0", "0", "0", "6", "6"),
                        List.of("Stage 2 requested", "0", "0", "1", "0", "1"),
                        List.of("Stage 2 responded", "0", "0", "0", "1", "1"));
        assertThat(rows(dashboard, "overdue-follow-ups"))
                .extracting(row -> row.get(1))
                .containsExactlyInAnyOrder(ref("C1"), ref("C6"));

        JsonNode nextYear = ok(admin.get("/api/v1/reports/dashboard/per-thousand-homes?from=2025-04-01&to=2026-03-31"));
        assertThat(rows(nextYear))
                .containsExactly(
                        List.of("Stage 1", "0", "0", "5000", "0.0", "0.0"),
                        List.of("Stage 2", "1", "1", "5000", "0.2", "0.2"));
        assertThat(admin.get("/api/v1/reports/dashboard/no-such-table").status())
                .isEqualTo(404);
    }

    @Test
    void overdueFollowUpsArePagedWithTheirTotalAndExportedWhole() throws Exception {
        JsonNode dashboard = ok(admin.get("/api/v1/reports/dashboard?from=2024-04-01&to=2025-03-31"));
        for (JsonNode table : dashboard.get("tables")) {
            if (table.get("id").asString().equals("overdue-follow-ups")) {
                assertThat(table.get("total").asLong()).isEqualTo(2);
            }
        }

        // C1's remedy was due 31 May 2024, C6's later: the longest overdue comes first.
        JsonNode first = ok(admin.get("/api/v1/reports/dashboard/overdue-follow-ups?page=0&size=1"));
        JsonNode second = ok(admin.get("/api/v1/reports/dashboard/overdue-follow-ups?page=1&size=1"));
        JsonNode beyond = ok(admin.get("/api/v1/reports/dashboard/overdue-follow-ups?page=2&size=1"));
        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(rows(first)).extracting(row -> row.get(1)).containsExactly(ref("C1"));
        assertThat(rows(second)).extracting(row -> row.get(1)).containsExactly(ref("C6"));
        assertThat(rows(beyond)).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/v1/reports/dashboard/overdue-follow-ups?size=0")
                        .status())
                .isEqualTo(400);

        String csv = new String(
                admin.download("/api/v1/reports/dashboard/overdue-follow-ups/export?format=CSV")
                        .bytes(),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().skip(1)).allMatch(line -> line.startsWith("Remedy: Financial"));
    }

    @Test
    void aTableDownloadsAsXlsxThatReadsBack() throws IOException {
        Api.Binary xlsx =
                admin.download("/api/v1/reports/dashboard/outcomes/export?format=XLSX&from=2024-04-01&to=2025-03-31");

        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Upheld");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Stage 1");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(8.0);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    @Test
    void complaintsExportInTheBackgroundAndReadBack() throws Exception {
        Api.Response started = admin.post(
                "/api/v1/reports/exports",
                Map.of("kind", "COMPLAINTS", "format", "XLSX", "from", "2024-04-01", "to", "2025-03-31"));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/v1/reports/exports/");

        JsonNode job = finished(location);
        assertThat(job.get("total").asLong()).isEqualTo(12);
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        Api.Binary file = admin.download(job.get("file").asString());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).contains("complaints-2024-04-01-to-2025-03-31.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(row.getCell(0).getStringCellValue() + "/"
                            + (int) row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(rows).contains(ref("C1") + "/1", ref("C6") + "/2", ref("C8") + "/2", ref("C9") + "/1");
            assertThat(rows).doesNotContain(ref("C2") + "/1", ref("C10") + "/2");
        }

        JsonNode dashboard = finished(admin.post(
                        "/api/v1/reports/exports",
                        Map.of("kind", "DASHBOARD", "format", "XLSX", "from", "2024-04-01", "to", "2025-03-31"))
                .header("Location"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                admin.download(dashboard.get("file").asString()).bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(11);
        }
        assertThat(admin.post("/api/v1/reports/exports", Map.of("format", "XLSX"))
                        .status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/reports/exports/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void thePagesShowTheFiguresWithoutScript() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String login = page(browser, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(Api.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> dashboard = page(browser, "/staff/reports/dashboard?from=2024-04-01&to=2025-03-31");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains(
                        "<svg",
                        "role=\"img\"",
                        "Month by month",
                        "Refusals by ground",
                        "Apr 2024, Complaints received: 1")
                .doesNotContain("<script>");
        HttpResponse<String> tsm = page(browser, "/staff/reports/tsm?from=2024-04-01&to=2025-03-31&homes=7200");
        assertThat(tsm.statusCode()).isEqualTo(200);
        assertThat(tsm.body()).contains("75.0%", "1.3");
        HttpResponse<String> noHomes = page(browser, "/staff/reports/tsm?from=2024-04-01&to=2025-03-31");
        assertThat(noHomes.statusCode()).isEqualTo(200);
        assertThat(noHomes.body()).contains("govuk-error-summary");
        HttpResponse<String> drill = page(
                browser,
                "/staff/reports/tsm/complaints?figure=CH02_STAGE_1_OUTSIDE_TIMESCALE"
                        + "&from=2024-04-01&to=2025-03-31");
        assertThat(drill.body()).contains(ref("C5"), ref("C8")).doesNotContain(ref("C1") + "<");
        HttpResponse<String> overdue = page(browser, "/staff/reports/dashboard/overdue-follow-ups");
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.body()).contains("<strong>2</strong> in all", ref("C1"), ref("C6"));
    }

    private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode finished(String location) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode job = ok(admin.get(location));
            String state = job.get("state").asString();
            if (state.equals("DONE") || state.equals("FAILED")) {
                assertThat(state).as(job.toString()).isEqualTo("DONE");
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The export did not finish: " + admin.get(location));
    }

    private List<String> counted(String figure, String from, String to) {
        JsonNode page =
                ok(admin.get("/api/v1/reports/tsm/complaints?figure=" + figure + "&from=" + from + "&to=" + to));
        List<String> references = new ArrayList<>();
        page.get("complaints")
                .forEach(item -> references.add(item.get("reference").asString()));
        assertThat(page.get("total").asLong()).isEqualTo(references.size());
        return references;
    }

    private static List<List<String>> rows(JsonNode dashboard, String table) {
        for (JsonNode candidate : dashboard.get("tables")) {
            if (candidate.get("id").asString().equals(table)) {
                return rows(candidate);
            }
        }
        throw new AssertionError("No table " + table);
    }

    private static List<List<String>> rows(JsonNode table) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(
                    cell.isNull() ? "" : cell.isNumber() ? cell.decimalValue().toPlainString() : cell.asString()));
            rows.add(cells);
        }
        return rows;
    }

    private String ref(String name) {
        return java.util.Objects.requireNonNull(refs.get(name), name);
    }

    private String path(String name, String command) {
        return "/api/v1/complaints/" + ref(name) + "/" + command;
    }

    private String received(String at, String category, String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", at);
        body.put("channel", channel);
        body.put("resident", Map.of("name", "Mary Seacole", "email", "mary@example.org"));
        body.put("description", "The damp in the bedroom is back.");
        body.put("category", category);
        Api.Response response = hana.post("/api/v1/complaints", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reference").asString();
    }

    private void acknowledge(String name, String at, String handler) {
        ok(hana.post(path(name, "acknowledgement"), acknowledgement(at, handler, 1)));
    }

    private static Map<String, Object> acknowledgement(String at, String handler, int points) {
        List<Map<String, String>> defined = new ArrayList<>();
        for (int point = 1; point <= points; point++) {
            defined.add(Map.of("summary", "Damp, point " + point, "outcomeSought", "Fix it"));
        }
        return Map.of("acknowledgedAt", at, "handler", handler, "definition", Map.of("points", defined));
    }

    private void respond(
            Api as,
            String name,
            String at,
            List<Boolean> upheld,
            @org.jspecify.annotations.Nullable Map<String, Object> remedy) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int i = 0; i < upheld.size(); i++) {
            findings.add(Map.of("point", i + 1, "upheld", upheld.get(i), "reasons", "The records show it."));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("respondedAt", at);
        body.put("findings", findings);
        if (remedy != null) {
            body.put("remedies", List.of(remedy));
        }
        ok(as.post(path(name, "response"), body));
    }

    private static Map<String, Object> remedy(String amount, String dueBy) {
        return Map.of(
                "type", "FINANCIAL", "description", "Compensation for the delay", "amount", amount, "dueBy", dueBy);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String staff(String username, String role) {
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
                            List.of(role),
                            "compensationLimit",
                            "100.00"));
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }
}
