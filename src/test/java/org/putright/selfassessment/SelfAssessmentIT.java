package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The self-assessment through its API: started with every provision of the edition, completed
 * provision by provision, approved and locked by the governing body, published for everyone on the
 * reports page, exported in the Ombudsman's form and compared with the next year's.
 */
@PutrightIntegrationTest
class SelfAssessmentIT {

    private static final String BASE = "/api/v1/self-assessments";

    @LocalServerPort
    int port;

    Api manager;
    Api governance;
    Api handler;

    @BeforeEach
    void staff() {
        Api admin = Api.at(port).asAdmin();
        manager = Api.at(port).as(token(admin, "sa-maria", "MANAGER"));
        governance = Api.at(port).as(token(admin, "sa-mrc", "GOVERNANCE"));
        handler = Api.at(port).as(token(admin, "sa-hana", "HANDLER"));
    }

    @Test
    void startsWithEveryProvisionOfTheEditionInTheCodesOrder() {
        Api.Response created = manager.post(
                BASE, Map.of("edition", "HOS-2024", "periodStart", "2025-04-01", "periodEnd", "2026-03-31"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode assessment = created.json();
        assertThat(created.header("Location"))
                .isEqualTo(BASE + "/" + assessment.get("id").asString());
        JsonNode provisions = assessment.get("provisions");
        assertThat(provisions.size()).isEqualTo(72);
        assertThat(provisions.get(0).get("number").asString()).isEqualTo("1.2");
        assertThat(provisions.get(71).get("number").asString()).isEqualTo("9.8");
        assertThat(provisions.get(0).get("requirement").asString()).startsWith("A complaint must be defined as");
        for (JsonNode provision : provisions) {
            assertThat(provision.has("comply")).isTrue();
            assertThat(provision.get("comply").isNull()).isTrue();
            assertThat(provision.has("evidence")).isTrue();
            assertThat(provision.has("commentary")).isTrue();
            assertThat(provision.get("systemEvidence").isArray()).isTrue();
        }
        assertThat(assessment.get("status").asString()).isEqualTo("DRAFT");

        JsonNode byDefault = manager.post(BASE, Map.of("periodStart", "2025-04-01", "periodEnd", "2026-03-31"))
                .json();
        assertThat(byDefault.get("edition").asString()).isEqualTo("HOS-2024");

        JsonNode older = manager.post(
                        BASE, Map.of("edition", "HOS-2022", "periodStart", "2023-04-01", "periodEnd", "2024-03-31"))
                .json();
        assertThat(older.get("provisions").size()).isEqualTo(72);
        assertThat(older.at("/provisions/0/obligation").asString()).isEqualTo("MUST");
        assertThat(older.get("provisions").findValuesAsString("obligation")).contains("SHOULD");
    }

    @Test
    void refusesBadStartsAndOutsiders() {
        assertThat(manager.post(
                                BASE,
                                Map.of("edition", "HOS-2099", "periodStart", "2025-04-01", "periodEnd", "2026-03-31"))
                        .status())
                .isEqualTo(400);
        Api.Response backwards = manager.post(BASE, Map.of("periodStart", "2025-04-01", "periodEnd", "2024-03-31"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("periodEnd");
        assertThat(governance
                        .post(BASE, Map.of("periodStart", "2025-04-01", "periodEnd", "2026-03-31"))
                        .status())
                .isEqualTo(403);
        assertThat(handler.get(BASE).status()).isEqualTo(403);
        assertThat(Api.at(port).get(BASE).status()).isEqualTo(401);
    }

    @Test
    void eachProvisionIsAnsweredWithOptimisticLocking() {
        String id = start("2025-04-01", "2026-03-31", false);
        String provision = BASE + "/" + id + "/provisions/6.2";

        Api.Response read = governance.get(provision);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().get("requirement").asString()).contains("within five working days");

        Map<String, Object> partly = new HashMap<>();
        partly.put("comply", "PARTLY");
        partly.put("evidence", "Acknowledgement letters on the record");
        partly.put("links", List.of("https://example.org/complaints-policy"));
        partly.put("commentary", "Two were late in the winter.");
        partly.put("action", "Cover the inbox when the team is away");
        partly.put("complyBy", "2026-01-31");
        Api.Response answered = manager.header("If-Match", "\"0\"").put(provision, partly);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("comply").asString()).isEqualTo("PARTLY");
        assertThat(answered.json().get("links").get(0).asString()).isEqualTo("https://example.org/complaints-policy");
        assertThat(answered.json().get("version").asLong()).isEqualTo(1);

        assertThat(manager.header("If-Match", "\"0\"").put(provision, partly).status())
                .isEqualTo(412);
        Api.Response noAction = manager.put(provision, Map.of("comply", "NO"));
        assertThat(noAction.status()).isEqualTo(400);
        assertThat(noAction.body()).contains("action", "complyBy");
        assertThat(governance.put(provision, Map.of("comply", "YES")).status()).isEqualTo(403);
        assertThat(manager.put(BASE + "/" + id + "/provisions/6.99", Map.of("comply", "YES"))
                        .status())
                .isEqualTo(404);
        assertThat(manager.get(BASE + "/" + id + "/provisions/six").status()).isEqualTo(400);
        assertThat(manager.get(BASE + "/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);

        JsonNode whole = manager.get(BASE + "/" + id).json();
        assertThat(whole.at("/compliance/partly").asInt()).isEqualTo(1);
        assertThat(whole.at("/compliance/unanswered").asInt()).isEqualTo(71);
    }

    @Test
    void theGoverningBodyApprovesLocksAndPublishesItForEveryone() throws IOException {
        String id = start("2024-04-01", "2025-03-31", false);
        Map<String, Object> approval = Map.of(
                "approvedOn", "2026-11-20",
                "body", "Board of Riverside Homes",
                "minuteReference", "B/2026/41",
                "response", "The board notes the assessment and asks for the actions by March.");

        Api.Response tooSoon = governance.post(BASE + "/" + id + "/approval", approval);
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.json().get("unanswered").size()).isEqualTo(72);
        assertThat(governance.post(BASE + "/" + id + "/publication", null).status())
                .isEqualTo(422);

        answerAll(id);
        // Managers hold the governance role too (Role.hierarchy); handlers do not.
        assertThat(handler.post(BASE + "/" + id + "/approval", approval).status())
                .isEqualTo(403);
        Api.Response approved = governance.post(BASE + "/" + id + "/approval", approval);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().at("/approval/minuteReference").asString()).isEqualTo("B/2026/41");

        Api.Response locked = manager.put(BASE + "/" + id + "/provisions/1.2", Map.of("comply", "NO"));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("type").asString()).endsWith("self-assessment-locked");

        Api.Response published = governance.post(BASE + "/" + id + "/publication", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String href = published.json().get("href").asString();
        assertThat(governance.post(BASE + "/" + id + "/publication", null).status())
                .isEqualTo(422);

        Api anyone = Api.at(port).header("Accept", "text/html");
        Api.Response reports = anyone.get("/reports");
        assertThat(reports.status()).isEqualTo(200);
        assertThat(reports.body()).contains("1 April 2024 to 31 March 2025", href);
        Api.Response page = anyone.get(href);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("The board notes the assessment", "Approved by Board of Riverside Homes", "B/2026/41");

        Api.Binary pdf = Api.at(port).download(href + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(structureTypes(catalog.getStructureTreeRoot())).contains("H1", "H2", "Table", "TH", "TD");
        }
        try (XWPFDocument docx = new XWPFDocument(
                new ByteArrayInputStream(Api.at(port).download(href + "/docx").bytes()))) {
            assertThat(provisionRows(docx)).hasSize(72);
        }
    }

    @Test
    void exportsTheOmbudsmansFormAndTheYesNoList() throws IOException {
        String id = start("2023-04-01", "2024-03-31", false);
        Map<String, Object> no = new HashMap<>();
        no.put("comply", "NO");
        no.put("action", "Publish the policy");
        no.put("complyBy", "2027-01-31");
        no.put("commentary", "Not yet on the website.");
        assertThat(manager.put(BASE + "/" + id + "/provisions/3.5", no).status())
                .isEqualTo(200);
        assertThat(manager.put(BASE + "/" + id + "/provisions/1.2", Map.of("comply", "YES", "evidence", "Policy s.8"))
                        .status())
                .isEqualTo(200);

        Api.Binary docx = manager.header("Accept", "*/*").download(BASE + "/" + id + "/export?format=docx");
        assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            List<List<String>> rows = provisionRows(document);
            assertThat(rows).hasSize(72);
            assertThat(rows.getFirst()).containsExactly("1.2", rows.getFirst().get(1), "Yes", "Policy s.8", "");
            assertThat(rows.getFirst().get(1)).startsWith("A complaint must be defined as");
            assertThat(rows).anySatisfy(row -> assertThat(row)
                    .startsWith("3.5")
                    .contains("No")
                    .anySatisfy(cell -> assertThat(cell).contains("Action: Publish the policy")));
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getStyle)
                    .contains("Heading1", "Heading2");
        }

        Api.Binary csv = manager.header("Accept", "*/*").download(BASE + "/" + id + "/export?format=csv");
        String[] lines = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(73);
        assertThat(lines[0]).isEqualTo("Code provision,Comply,Comply by");
        assertThat(lines[1]).isEqualTo("1.2,Yes,");
        assertThat(lines).contains("3.5,No,2027-01-31", "9.8,Not answered,");

        Api.Binary html = manager.header("Accept", "*/*").download(BASE + "/" + id + "/export?format=html");
        String page = new String(html.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(page)
                .contains("lang=\"en-GB\"", "<th scope=\"col\">Code requirement</th>", "Section 6: Complaints stages");

        Api.Binary pdf = manager.header("Accept", "*/*").download(BASE + "/" + id + "/export?format=pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        assertThat(manager.get(BASE + "/" + id + "/export?format=odt").status()).isEqualTo(400);
    }

    @Test
    void aRestructureCallsForANewAssessmentCarriedForwardAndComparedWithTheLast() {
        String first = start("2021-04-01", "2022-03-31", false);
        assertThat(manager.put(BASE + "/" + first + "/provisions/1.2", Map.of("comply", "YES"))
                        .status())
                .isEqualTo(200);

        Api.Response trigger = manager.post(
                BASE + "/reassessment-triggers",
                Map.of("reason", "RESTRUCTURE", "occurredOn", "2026-11-02", "note", "Merged with Eastside Homes"));
        assertThat(trigger.status()).as(trigger.toString()).isEqualTo(201);
        JsonNode due = governance.get(BASE + "/reassessment-due").json();
        assertThat(due.get("due").asBoolean()).isTrue();
        assertThat(due.get("triggers").findValuesAsString("note")).contains("Merged with Eastside Homes");
        assertThat(manager.post(
                                BASE + "/reassessment-triggers",
                                Map.of("reason", "RESTRUCTURE", "occurredOn", "2030-01-01", "note", "Later"))
                        .status())
                .isEqualTo(400);

        String second = start("2021-04-01", "2022-03-31", true);
        assertThat(governance.get(BASE + "/reassessment-due").json().get("due").asBoolean())
                .isFalse();
        JsonNode carried = manager.get(BASE + "/" + second + "/provisions/1.2").json();
        assertThat(carried.get("comply").asString()).isEqualTo("YES");

        Map<String, Object> partly = new HashMap<>();
        partly.put("comply", "PARTLY");
        partly.put("action", "Update the policy");
        partly.put("complyBy", "2027-03-31");
        assertThat(manager.put(BASE + "/" + second + "/provisions/1.2", partly).status())
                .isEqualTo(200);

        JsonNode changes = governance
                .get(BASE + "/comparison?before=" + first + "&after=" + second)
                .json();
        assertThat(changes.size()).isEqualTo(72);
        assertThat(changes.get(0).get("number").asString()).isEqualTo("1.2");
        assertThat(changes.get(0).get("before").asString()).isEqualTo("YES");
        assertThat(changes.get(0).get("after").asString()).isEqualTo("PARTLY");
        assertThat(changes.get(0).get("complyChanged").asBoolean()).isTrue();
        assertThat(changes.get(1).get("complyChanged").asBoolean()).isFalse();
    }

    private String start(String from, String to, boolean carryForward) {
        Api.Response created = manager.post(
                BASE,
                Map.of("edition", "HOS-2024", "periodStart", from, "periodEnd", to, "carryForward", carryForward));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void answerAll(String id) {
        JsonNode provisions = manager.get(BASE + "/" + id).json().get("provisions");
        for (JsonNode provision : provisions) {
            Api.Response answered = manager.put(
                    BASE + "/" + id + "/provisions/" + provision.get("number").asString(),
                    Map.of(
                            "comply",
                            "YES",
                            "evidence",
                            "Complaints policy, section "
                                    + provision.get("section").asInt()));
            assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        }
    }

    /** The rows of the section tables, without their header rows: one per provision. */
    private static List<List<String>> provisionRows(XWPFDocument document) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            if (!table.getRow(0).getCell(0).getText().equals("Code provision")) {
                continue;
            }
            table.getRows().stream()
                    .skip(1)
                    .forEach(row -> rows.add(row.getTableCells().stream()
                            .map(cell -> cell.getText().strip())
                            .toList()));
        }
        return rows;
    }

    private static List<String> structureTypes(PDStructureNode node) {
        List<String> types = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }

    static String token(Api admin, String username, String role) {
        if (admin.get("/api/v1/staff/" + username).status() == 404) {
            Api.Response created = admin.post(
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
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        return admin.post("/api/v1/staff/" + username + "/tokens", Map.of())
                .json()
                .get("token")
                .asString();
    }
}
