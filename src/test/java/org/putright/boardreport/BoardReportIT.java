package org.putright.boardreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.putright.testing.Api;
import org.putright.testing.Browser;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The quarterly pack (9.7) and the annual report (8.1, 8.2) over a known reporting year, 2025-26,
 * made through the API with real dates; every figure is checked against the numbers worked out by
 * hand below. Today is 23 November 2026; the landlord has 4,000 homes in 2025-26.
 *
 * <pre>
 *  A1 received Mon 7 Apr 2025, ack 9 Apr (due 14 Apr), responded 22 Apr (due 25 Apr, after Easter): within.
 *     Upheld; a £100.00 remedy due 30 May 2025, never completed: overdue today.
 *  A2 received 1 Jul, ack 3 Jul, responded 15 Jul (due 17 Jul): within. Two points: partly upheld.
 *  A3 received 1 Sep (anti-social behaviour, by letter), ack 3 Sep, responded 24 Sep (due 17 Sep): late.
 *     Not upheld.
 *  B1 received 6 Oct, ack 8 Oct, responded 20 Oct (due 22 Oct): within. Upheld.
 *  B2 received 3 Nov (anti-social behaviour), refused 5 Nov: older than 12 months.
 *  B3 received 10 Nov, ack 18 Nov (due 17 Nov: late), responded 2 Dec (due 2 Dec): not within CH02.
 *     Not upheld. Stage 2 asked 8 Dec, ack 10 Dec by another handler, responded 7 Jan 2026 (due 12 Jan,
 *     past Christmas): within. Upheld. Referred to the Ombudsman 20 Jan 2026: a complaint handling
 *     failure order 27 Jan due 10 Feb, never complied with; determined 16 Feb, maladministration and
 *     severe maladministration; an order due 16 Mar complied with 10 Mar; a recommendation due 30 Apr.
 *  B4 received 1 Dec, ack 2 Dec, withdrawn 5 Dec.
 *  D1 received 2 Feb 2026, refused 4 Feb: legal proceedings.
 *  D2 received 12 Jan 2026, ack 13 Jan, responded 26 Jan (due 27 Jan): within. Upheld.
 *  All repairs but A3 and B2.
 *
 * 2025-26: stage 1 received 9 (refused B2, D1; withdrawn B4; 7 not refused); responded 6; stage 2 B3.
 *          Outcomes at stage 1: upheld A1, B1, D2; partly A2; not upheld A3, B3. Stage 2: 1 upheld.
 *          Acknowledged 7, on time 6 (85.7); responded on time 5 of 6 (83.3); CH02 4 of 6 (66.7),
 *          stage 2 1 of 1 (100.0). CH01: 7000/4000 = 1.75 → 1.8; 1000/4000 = 0.25 → 0.3.
 *          Repairs 7 of 9 received (77.8%). Ombudsman: 1 referral, 1 determination, 2 adverse
 *          findings; orders 1 made 1 complied; failure orders 1 made, overdue at 31 Mar; a lesson done
 *          20 Feb 2026.
 * Q4 (Jan-Mar 2026) against Q3 (Oct-Dec 2025): repairs 2 (D1, D2) against 3 (B1, B3, B4); anti-social
 *          behaviour 0 against 1 (B2). Stage 1 received 2, refused 1, responded 1 (D2); stage 2
 *          responded 1 (B3). January: 1 received, 1 + 1 responses, both within.
 * </pre>
 */
@PutrightIntegrationTest
@TestPropertySource(properties = "putright.test.database=boardreport")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardReportIT {

    private static final String ANNUAL = "/api/v1/reports/annual/2025-26";
    private static final String PACK = "/api/v1/reports/quarterly-pack?from=2026-01-01";
    private static final String PASSWORD = "a board report password";

    @LocalServerPort
    int port;

    Api admin;
    Api hana;
    Api tom;
    Api manager;
    Api board;
    final Map<String, String> refs = new HashMap<>();

    @BeforeAll
    void aYearOfComplaints() {
        admin = Api.at(port).asAdmin();
        hana = Api.at(port).as(staff("br-hana", "HANDLER"));
        tom = Api.at(port).as(staff("br-tom", "HANDLER"));
        manager = Api.at(port).as(staff("br-maria", "MANAGER"));
        board = Api.at(port).as(staff("br-board", "GOVERNANCE"));
        ok(admin.put(
                "/api/v1/settings",
                Map.of("homesByReportingYear", List.of(Map.of("reportingYear", "2025-26", "homes", 4000)))));

        complaint("A1", "2025-04-07T10:00:00+01:00", "REPAIRS", "PHONE");
        acknowledge(hana, "A1", "2025-04-09T10:00:00+01:00", "br-hana", 1);
        respond(hana, "A1", "2025-04-22T10:00:00+01:00", List.of(true), true);
        complaint("A2", "2025-07-01T10:00:00+01:00", "REPAIRS", "PHONE");
        acknowledge(hana, "A2", "2025-07-03T10:00:00+01:00", "br-hana", 2);
        respond(hana, "A2", "2025-07-15T10:00:00+01:00", List.of(true, false), false);
        complaint("A3", "2025-09-01T10:00:00+01:00", "ANTISOCIAL_BEHAVIOUR", "LETTER");
        acknowledge(hana, "A3", "2025-09-03T10:00:00+01:00", "br-hana", 1);
        respond(hana, "A3", "2025-09-24T10:00:00+01:00", List.of(false), false);

        complaint("B1", "2025-10-06T10:00:00+01:00", "REPAIRS", "EMAIL");
        acknowledge(hana, "B1", "2025-10-08T10:00:00+01:00", "br-hana", 1);
        respond(hana, "B1", "2025-10-20T10:00:00+01:00", List.of(true), false);
        complaint("B2", "2025-11-03T10:00:00Z", "ANTISOCIAL_BEHAVIOUR", "PHONE");
        // Refused as older than 12 months: the issue was first known on 1 June 2024 (2.1).
        refuse("B2", "2025-11-05T10:00:00Z", "OLDER_THAN_12_MONTHS");
        complaint("B3", "2025-11-10T10:00:00Z", "REPAIRS", "PHONE");
        acknowledge(hana, "B3", "2025-11-18T10:00:00Z", "br-hana", 1);
        respond(hana, "B3", "2025-12-02T10:00:00Z", List.of(false), false);
        ok(hana.post(path("B3", "escalation"), Map.of("requestedAt", "2025-12-08T10:00:00Z")));
        acknowledge(tom, "B3", "2025-12-10T10:00:00Z", "br-tom", 1);
        respond(tom, "B3", "2026-01-07T10:00:00Z", List.of(true), false);
        complaint("B4", "2025-12-01T10:00:00Z", "REPAIRS", "WEB_FORM");
        acknowledge(hana, "B4", "2025-12-02T10:00:00Z", "br-hana", 1);
        ok(hana.post(path("B4", "withdrawal"), Map.of("withdrawnAt", "2025-12-05T10:00:00Z", "note", "Fixed")));

        complaint("D1", "2026-02-02T10:00:00Z", "REPAIRS", "PHONE");
        refuse("D1", "2026-02-04T10:00:00Z", "LEGAL_PROCEEDINGS");
        complaint("D2", "2026-01-12T10:00:00Z", "REPAIRS", "EMAIL");
        acknowledge(hana, "D2", "2026-01-13T10:00:00Z", "br-hana", 1);
        respond(hana, "D2", "2026-01-26T10:00:00Z", List.of(true), false);

        theOmbudsmanDeterminesB3();
        aLessonIsLearned();
        theBoardApprovesTheSelfAssessment();
        created(manager.post(
                "/api/v1/reports/ombudsman-reports",
                Map.of(
                        "kind", "ANNUAL_PERFORMANCE",
                        "title", "Landlord performance report 2025-26",
                        "publishedOn", "2026-03-20",
                        "summary", "A maladministration rate above the average for landlords of this size.",
                        "link", "https://www.housing-ombudsman.org.uk/landlords/riverside")));
    }

    @Test
    @Order(1)
    void theAnnualReportOf2025To26IsAsWorkedByHand() {
        JsonNode annual = ok(manager.get(ANNUAL));
        assertThat(annual.get("from").asString()).isEqualTo("2025-04-01");
        assertThat(annual.get("response").isNull()).isTrue();
        JsonNode report = annual.get("report");
        assertThat(parts(report)).containsExactly("8.1a", "8.1b", "8.1c", "8.1d", "8.1e", "8.1f");

        // 8.1a: the approved self-assessment.
        assertThat(paragraphs(report, "8.1a"))
                .anySatisfy(p -> assertThat(p).contains("approved by Board of Riverside Homes", "B/2026/55"));
        assertThat(rows(report, "self-assessment-summary"))
                .last()
                .isEqualTo(List.of("All requirements", "72", "71", "0", "1", "0", "98.6"));
        assertThat(rows(report, "self-assessment-actions"))
                .containsExactly(List.of("3.5", "No", "Publish the policy on the website", "31 December 2026"));

        // 8.1b: the figures, with the types of complaints refused.
        assertThat(rows(report, "volumes-by-stage"))
                .containsExactly(
                        List.of("Stage 1", "9", "2", "7", "1", "6"), List.of("Stage 2", "1", "0", "1", "0", "1"));
        assertThat(rows(report, "volumes-by-category"))
                .containsExactly(List.of("ANTISOCIAL_BEHAVIOUR", "2", "0"), List.of("REPAIRS", "7", "1"));
        assertThat(rows(report, "volumes-by-channel"))
                .contains(
                        List.of("Phone", "5"), List.of("Email", "2"), List.of("Letter", "1"), List.of("Web form", "1"));
        assertThat(rows(report, "outcomes"))
                .containsExactly(List.of("Stage 1", "6", "3", "1", "2"), List.of("Stage 2", "1", "1", "0", "0"));
        List<List<String>> timeliness = rows(report, "timeliness");
        assertThat(timeliness.get(0).subList(2, 5)).containsExactly("7", "6", "85.7");
        assertThat(timeliness.get(1).subList(2, 5)).containsExactly("6", "5", "83.3");
        assertThat(timeliness.get(2).subList(2, 5)).containsExactly("0", "0", "–");
        assertThat(timeliness.get(3).subList(2, 5)).containsExactly("6", "4", "66.7");
        assertThat(timeliness.get(7).subList(2, 5)).containsExactly("1", "1", "100.0");
        assertThat(rows(report, "remedies").get(0).subList(0, 4)).containsExactly("Stage 1", "1", "1", "100.00");
        assertThat(rows(report, "tsm"))
                .containsExactly(
                        List.of("CH01 stage 1 (per 1,000 homes)", "7", "", "1.8"),
                        List.of("CH01 stage 2 (per 1,000 homes)", "1", "", "0.3"),
                        List.of("CH02 stage 1 (percent)", "6", "4", "66.7"),
                        List.of("CH02 stage 2 (percent)", "1", "1", "100.0"));
        assertThat(rows(report, "per-thousand-homes"))
                .containsExactly(
                        List.of("Stage 1", "9", "7", "4000", "2.3", "1.8"),
                        List.of("Stage 2", "1", "1", "4000", "0.3", "0.3"));
        assertThat(rows(report, "refusals-by-ground"))
                .containsExactly(
                        List.of("Older than 12 months", "1", "0"),
                        List.of("Legal proceedings", "1", "0"),
                        List.of("Previously considered", "0", "0"),
                        List.of("Other", "0", "0"));
        assertThat(rows(report, "refusals-by-category"))
                .containsExactly(List.of("ANTISOCIAL_BEHAVIOUR", "1", "0"), List.of("REPAIRS", "1", "0"));
        assertThat(paragraphs(report, "8.1b"))
                .contains(
                        "9 complaints were received (2 refused, 1 withdrawn) and 1 escalation to stage 2 was"
                                + " requested (0 refused).",
                        "7 responses were issued (6 at stage 1, 1 at stage 2): 4 upheld the complaint in full and 1"
                                + " in part.",
                        "The acknowledgement and the response were both on time for 4 of 6 (66.7%) of stage 1"
                                + " responses and 1 of 1 (100.0%) of stage 2 responses (CH02).",
                        "Most complaints were about REPAIRS: 7 of 9 (77.8%).",
                        "2 complaints and escalations were refused, by ground: Older than 12 months: 1; Legal"
                                + " proceedings: 1.");

        // 8.1c: the Ombudsman's findings and orders in the year, overdue as at its last day.
        assertThat(paragraphs(report, "8.1c"))
                .containsExactly("1 complaint was referred to the Housing Ombudsman and it made 1 determination,"
                        + " finding service failure, maladministration or severe maladministration on 2 elements."
                        + " It issued 1 complaint handling failure order, its finding that the landlord did not"
                        + " follow the Code.");
        assertThat(rows(report, "ombudsman-findings"))
                .contains(
                        List.of("Maladministration", "1"),
                        List.of("Severe maladministration", "1"),
                        List.of("Service failure", "0"));
        assertThat(rows(report, "ombudsman-orders"))
                .containsExactly(
                        List.of("Orders", "1", "1", "0"),
                        List.of("Orders after severe maladministration", "1", "1", "0"),
                        List.of("Complaint handling failure orders", "1", "0", "1"),
                        List.of("Recommendations", "1", "0", "0"));

        // 8.1d, 8.1e, 8.1f.
        assertThat(rows(report, "service-improvements"))
                .containsExactly(List.of(
                        "Surveys now go out within two working days of a report of damp",
                        "20 February 2026",
                        "REPAIRS",
                        "Damp surveys took too long to arrange",
                        "1"));
        assertThat(rows(report, "ombudsman-annual-reports").getFirst())
                .startsWith("Landlord performance report 2025-26", "20 March 2026");
        assertThat(paragraphs(report, "8.1f")).containsExactly("The Ombudsman published none in 2025-26.");
    }

    @Test
    @Order(2)
    void theQuarterlyPackIsAsWorkedByHand() {
        JsonNode pack = ok(board.get(PACK));
        assertThat(pack.get("from").asString()).isEqualTo("2026-01-01");
        assertThat(pack.get("to").asString()).isEqualTo("2026-03-31");
        assertThat(pack.get("asAt").asString()).isEqualTo("2026-11-23");
        assertThat(parts(pack)).containsExactly("9.7a", "9.7b", "9.7c", "9.7d");

        assertThat(rows(pack, "volumes-by-stage"))
                .containsExactly(
                        List.of("Stage 1", "2", "1", "1", "0", "1"), List.of("Stage 2", "0", "0", "0", "0", "1"));
        assertThat(rows(pack, "outcomes"))
                .containsExactly(List.of("Stage 1", "1", "1", "0", "0"), List.of("Stage 2", "1", "1", "0", "0"));
        assertThat(rows(pack, "refusals-by-ground").get(1)).containsExactly("Legal proceedings", "1", "0");
        assertThat(rows(pack, "categories-compared"))
                .containsExactly(List.of("ANTISOCIAL_BEHAVIOUR", "0", "1", "-1"), List.of("REPAIRS", "2", "3", "-1"));
        assertThat(rows(pack, "monthly-trends"))
                .containsExactly(
                        List.of("Jan 2026", "1", "0", "1", "1", "2", "100.0"),
                        List.of("Feb 2026", "1", "0", "0", "0", "0", "–"),
                        List.of("Mar 2026", "0", "0", "0", "0", "0", "–"));
        assertThat(rows(pack, "improvements-made")).hasSize(1);
        assertThat(rows(pack, "lessons-under-way"))
                .containsExactly(List.of("Letters use too much jargon", "In progress", "br-maria", "REPAIRS"));
        assertThat(paragraphs(pack, "9.7b"))
                .contains("1 remedy or action promised in a response is overdue, as at 23 November 2026.");
        assertThat(paragraphs(pack, "9.7c"))
                .contains("Orders after findings of severe maladministration: 1 made, 1 complied with and 0 overdue.");
        assertThat(rows(pack, "ombudsman-orders").get(2))
                .containsExactly("Complaint handling failure orders", "1", "0", "1");
        assertThat(paragraphs(pack, "9.7d"))
                .containsExactly("The annual complaints performance and service improvement report for 2024-25"
                        + " awaits the governing body's response.");

        assertThat(board.get("/api/v1/reports/quarterly-pack?from=2026-02-01").status())
                .isEqualTo(400);
        assertThat(hana.get(PACK).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void thePackDownloadsAsATaggedPdfAndAWordDocument() throws IOException {
        Api.Binary pdf = board.download("/api/v1/reports/quarterly-pack/export?from=2026-01-01&format=pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertTagged(pdf.bytes());

        Api.Binary docx = board.download("/api/v1/reports/quarterly-pack/export?from=2026-01-01&format=docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertThat(headings(document))
                    .contains("9.7a: Volumes, categories and outcomes, and complaint handling" + " performance");
            assertThat(tableRows(document)).contains(List.of("REPAIRS", "2", "3", "-1"));
        }
        Api.Response html = board.header("Accept", "text/html")
                .get("/api/v1/reports/quarterly-pack/export?from=2026-01-01&format=html");
        assertThat(html.body()).contains("<h2>9.7c: Outcomes of the Ombudsman", "<caption>");
        assertThat(board.get("/api/v1/reports/quarterly-pack/export?from=2026-01-01&format=odt")
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(4)
    void theGoverningBodysResponseKeepsTheReportAndIsPublishedWithIt() throws IOException {
        ok(manager.put(
                ANNUAL + "/commentary", Map.of("commentary", "Repairs complaints fell after the damp survey change.")));
        assertThat(paragraphs(ok(board.get(ANNUAL)).get("report"), "8.1b"))
                .contains("Repairs complaints fell after the damp survey change.");
        Api.Response early = manager.post(ANNUAL + "/publication", null);
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.body()).contains("8.2");

        Map<String, Object> response = Map.of(
                "respondedOn", "2026-06-20",
                "body", "Board of Riverside Homes",
                "minuteReference", "B/2026/61",
                "response", "The board accepts the report and asks for quarterly progress on damp.");
        assertThat(hana.post(ANNUAL + "/response", response).status()).isEqualTo(403);
        assertThat(board.post(
                                ANNUAL + "/response",
                                Map.of(
                                        "respondedOn", "2026-03-31",
                                        "body", "Board",
                                        "minuteReference", "B/1",
                                        "response", "Too soon"))
                        .status())
                .isEqualTo(400);
        JsonNode responded = ok(board.post(ANNUAL + "/response", response));
        assertThat(responded.at("/response/minuteReference").asString()).isEqualTo("B/2026/61");
        assertThat(board.post(ANNUAL + "/response", response).status()).isEqualTo(409);
        assertThat(manager.put(ANNUAL + "/commentary", Map.of("commentary", "Changed"))
                        .status())
                .isEqualTo(409);

        // A report the Ombudsman published later in the year is not in what the board responded to.
        created(manager.post(
                "/api/v1/reports/ombudsman-reports",
                Map.of(
                        "kind", "OTHER",
                        "title", "Spotlight on damp and mould: follow-up",
                        "publishedOn", "2026-03-25",
                        "summary", "Names the landlord among those yet to act.")));
        assertThat(paragraphs(ok(board.get(ANNUAL)).get("report"), "8.1f"))
                .containsExactly("The Ombudsman published none in 2025-26.");

        Api.Response published = manager.post(ANNUAL + "/publication", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String href = published.json().get("href").asString();
        assertThat(manager.post(ANNUAL + "/publication", null).status()).isEqualTo(409);

        Api anyone = Api.at(port).header("Accept", "text/html");
        assertThat(anyone.get("/reports").body())
                .contains("Annual complaints performance and service improvement report 2025-26", href);
        assertThat(anyone.get(href).body())
                .contains(
                        "8.2: The governing body&#39;s response",
                        "The board accepts the report and asks for quarterly progress on damp.",
                        "B/2026/61",
                        "<td>66.7</td>");
        assertTagged(Api.at(port).download(href + "/pdf").bytes());
        try (XWPFDocument document = new XWPFDocument(
                new ByteArrayInputStream(Api.at(port).download(href + "/docx").bytes()))) {
            assertThat(headings(document))
                    .contains(
                            "8.1a: Self-assessment against the Code",
                            "8.1b: Complaint handling performance",
                            "8.1f: Other reports and publications of the Ombudsman about the landlord",
                            "8.2: The governing body's response");
            assertThat(tableRows(document))
                    .contains(
                            List.of("Stage 1", "9", "2", "7", "1", "6"),
                            List.of("CH02 stage 1 (percent)", "6", "4", "66.7"),
                            List.of("Complaint handling failure orders", "1", "0", "1"));
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains("The board accepts the report and asks for quarterly progress on damp.");
        }
        // What was published is what the staff download now: the same content, byte for byte in PDF.
        assertThat(manager.download(ANNUAL + "/export?format=pdf").bytes())
                .isEqualTo(Api.at(port).download(href + "/pdf").bytes());
        List<String> years = new ArrayList<>();
        ok(manager.get("/api/v1/reports/annual"))
                .forEach(year -> years.add(year.get("year").asString()));
        assertThat(years).containsExactly("2025-26");
    }

    @Test
    @Order(5)
    void badInputIsAProblemNotAFailure() {
        assertThat(manager.get("/api/v1/reports/annual/2025-27").status()).isEqualTo(400);
        assertThat(manager.get("/api/v1/reports/annual/twenty").status()).isEqualTo(400);
        Api.Response link = manager.post(
                "/api/v1/reports/ombudsman-reports",
                Map.of(
                        "kind", "OTHER",
                        "title", "A report",
                        "publishedOn", "2026-01-01",
                        "summary", "About us",
                        "link", "javascript:alert(1)"));
        assertThat(link.status()).isEqualTo(400);
        assertThat(link.body()).contains("link");
        assertThat(board.post(
                                "/api/v1/reports/ombudsman-reports",
                                Map.of("kind", "OTHER", "title", "t", "publishedOn", "2026-01-01", "summary", "s"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    @Order(6)
    void theReportPagesAreAccessible() {
        Api.Response web = admin.post(
                "/api/v1/staff",
                Map.of(
                        "username", "br-web",
                        "name", "Board Web",
                        "email", "br-web@example.org",
                        "roles", List.of("MANAGER"),
                        "password", PASSWORD));
        assertThat(web.status()).as(web.toString()).isIn(201, 409);
        try (Browser browser = Browser.open(port)) {
            browser.visit("/login");
            browser.fill("Username", "br-web").fill("Password", PASSWORD).press("Sign in");
            for (String page : List.of(
                    "/staff/reports/quarterly-pack?from=2026-01-01",
                    "/staff/reports/annual",
                    "/staff/reports/annual/2025-26",
                    "/staff/reports/annual/2024-25",
                    "/staff/reports/dashboard?from=2025-04-01&to=2026-03-31",
                    "/staff/reports/tsm?from=2025-04-01&to=2026-03-31",
                    "/staff/reports/tsm/complaints?figure=CH02_STAGE_1_OUTSIDE_TIMESCALE&from=2025-04-01"
                            + "&to=2026-03-31")) {
                browser.visit(page).assertAccessible();
                assertThat(browser.errors()).as(page).isEmpty();
            }
            browser.visit("/staff/reports/quarterly-pack?from=2026-01-01");
            assertThat(browser.text()).contains("9.7c: Outcomes of the Ombudsman's investigations", "Jan 2026");
            browser.visit("/staff/reports/quarterly-pack?from=2026-02-01").assertAccessible();
            assertThat(browser.text()).contains("must be the first day of a quarter");
            browser.visit("/staff/reports/annual/2024-25");
            browser.fill(
                            "What the figures show and why, in words (8.1b); printed after the figures",
                            "A quiet year for complaints.")
                    .press("Save the commentary")
                    .assertAccessible();
            assertThat(browser.text()).contains("A quiet year for complaints.");
        }
    }

    // ---------------------------------------------------------------- the story's other records

    private void theOmbudsmanDeterminesB3() {
        String cases = "/api/v1/ombudsman-cases";
        String id = created(manager.post(
                        cases,
                        Map.of(
                                "complaintReference",
                                ref("B3"),
                                "hosReference",
                                "202600555",
                                "referredOn",
                                "2026-01-20")))
                .get("id")
                .asString();
        ok(manager.post(
                cases + "/" + id + "/complaint-handling-failure-orders",
                Map.of("description", "Send the evidence asked for", "issuedOn", "2026-01-27", "dueOn", "2026-02-10")));
        JsonNode determined = ok(manager.post(
                cases + "/" + id + "/determination",
                Map.of(
                        "determinedOn", "2026-02-16",
                        "findings",
                                List.of(
                                        Map.of(
                                                "element",
                                                "The landlord's handling of repairs",
                                                "finding",
                                                "MALADMINISTRATION"),
                                        Map.of("element", "Damp and mould", "finding", "SEVERE_MALADMINISTRATION")),
                        "orders",
                                List.of(
                                        Map.of("kind", "ORDER", "description", "Pay £500", "dueOn", "2026-03-16"),
                                        Map.of(
                                                "kind",
                                                "RECOMMENDATION",
                                                "description",
                                                "Review the damp policy",
                                                "dueOn",
                                                "2026-04-30")))));
        String order = null;
        for (JsonNode candidate : determined.get("orders")) {
            if (candidate.get("kind").asString().equals("ORDER")) {
                order = candidate.get("id").asString();
            }
        }
        ok(manager.post(
                cases + "/" + id + "/orders/" + order + "/compliance",
                Map.of("compliedOn", "2026-03-10", "evidence", "Paid by bank transfer")));
    }

    private void aLessonIsLearned() {
        created(manager.post(
                "/api/v1/lessons",
                Map.of(
                        "lesson", "Damp surveys took too long to arrange",
                        "youSaid", "You said damp surveys took too long",
                        "improvement", "Surveys now go out within two working days of a report of damp",
                        "category", "REPAIRS",
                        "owner", "br-maria",
                        "status", "DONE",
                        "madeOn", "2026-02-20",
                        "complaints", List.of(ref("B3")))));
        created(manager.post(
                "/api/v1/lessons",
                Map.of(
                        "lesson", "Letters use too much jargon",
                        "youSaid", "You said our letters were hard to read",
                        "improvement", "Rewrite the response letters in plain English",
                        "category", "REPAIRS",
                        "owner", "br-maria",
                        "status", "IN_PROGRESS",
                        "complaints", List.of())));
    }

    private void theBoardApprovesTheSelfAssessment() {
        String base = "/api/v1/self-assessments";
        JsonNode assessment = created(manager.post(
                base, Map.of("edition", "HOS-2024", "periodStart", "2025-04-01", "periodEnd", "2026-03-31")));
        String id = assessment.get("id").asString();
        for (JsonNode provision : assessment.get("provisions")) {
            String number = provision.get("number").asString();
            Map<String, Object> answer = new HashMap<>();
            if (number.equals("3.5")) {
                answer.put("comply", "NO");
                answer.put("action", "Publish the policy on the website");
                answer.put("complyBy", "2026-12-31");
            } else {
                answer.put("comply", "YES");
                answer.put("evidence", "Complaints policy");
            }
            ok(manager.put(base + "/" + id + "/provisions/" + number, answer));
        }
        ok(board.post(
                base + "/" + id + "/approval",
                Map.of(
                        "approvedOn", "2026-06-10",
                        "body", "Board of Riverside Homes",
                        "minuteReference", "B/2026/55",
                        "response", "The board approves the self-assessment.")));
    }

    // ---------------------------------------------------------------- reading reports back

    private static List<String> parts(JsonNode report) {
        List<String> provisions = new ArrayList<>();
        report.get("parts").forEach(part -> provisions.add(part.get("provision").asString()));
        return provisions;
    }

    private static List<String> paragraphs(JsonNode report, String provision) {
        for (JsonNode part : report.get("parts")) {
            if (part.get("provision").asString().equals(provision)) {
                List<String> paragraphs = new ArrayList<>();
                part.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
                return paragraphs;
            }
        }
        throw new AssertionError("No part " + provision + " in " + report);
    }

    private static List<List<String>> rows(JsonNode report, String table) {
        for (JsonNode part : report.get("parts")) {
            for (JsonNode candidate : part.get("tables")) {
                if (candidate.get("id").asString().equals(table)) {
                    List<List<String>> rows = new ArrayList<>();
                    for (JsonNode row : candidate.get("rows")) {
                        List<String> cells = new ArrayList<>();
                        row.forEach(cell -> cells.add(cell.asString()));
                        rows.add(cells);
                    }
                    return rows;
                }
            }
        }
        throw new AssertionError("No table " + table + " in " + report);
    }

    private static void assertTagged(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(structureTypes(catalog.getStructureTreeRoot())).contains("H1", "H2", "Table", "TH", "TD");
        }
    }

    private static Set<String> structureTypes(PDStructureNode node) {
        Set<String> types = new HashSet<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }

    private static List<String> headings(XWPFDocument document) {
        return document.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .map(XWPFParagraph::getText)
                .toList();
    }

    private static List<List<String>> tableRows(XWPFDocument document) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            table.getRows()
                    .forEach(row -> rows.add(row.getTableCells().stream()
                            .map(cell -> cell.getText())
                            .toList()));
        }
        return rows;
    }

    // ---------------------------------------------------------------- making the complaints

    private String ref(String name) {
        return java.util.Objects.requireNonNull(refs.get(name), name);
    }

    private String path(String name, String command) {
        return "/api/v1/complaints/" + ref(name) + "/" + command;
    }

    private void complaint(String name, String at, String category, String channel) {
        Map<String, Object> body = new HashMap<>();
        if (name.equals("B2")) {
            body.put("issueFirstKnownOn", "2024-06-01");
        }
        body.put("receivedAt", at);
        body.put("channel", channel);
        body.put("resident", Map.of("name", "Olaudah Equiano", "email", "olaudah@example.org"));
        body.put("description", "The damp in the bedroom is back.");
        body.put("category", category);
        refs.put(
                name,
                created(hana.post("/api/v1/complaints", body)).get("reference").asString());
    }

    private void acknowledge(Api as, String name, String at, String handler, int points) {
        List<Map<String, String>> defined = new ArrayList<>();
        for (int point = 1; point <= points; point++) {
            defined.add(Map.of("summary", "Damp, point " + point, "outcomeSought", "Fix it"));
        }
        ok(as.post(
                path(name, "acknowledgement"),
                Map.of("acknowledgedAt", at, "handler", handler, "definition", Map.of("points", defined))));
    }

    private void respond(Api as, String name, String at, List<Boolean> upheld, boolean remedy) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int i = 0; i < upheld.size(); i++) {
            findings.add(Map.of("point", i + 1, "upheld", upheld.get(i), "reasons", "The records show it."));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("respondedAt", at);
        body.put("findings", findings);
        if (remedy) {
            body.put(
                    "remedies",
                    List.of(Map.of(
                            "type", "FINANCIAL",
                            "description", "Compensation for the delay",
                            "amount", "100.00",
                            "dueBy", "2025-05-30")));
        }
        ok(as.post(path(name, "response"), body));
    }

    private void refuse(String name, String at, String ground) {
        ok(hana.post(
                path(name, "refusal"),
                Map.of("decidedAt", at, "ground", ground, "reasons", "Individual reasons recorded for the resident.")));
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
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
                            "500.00"));
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }
}
