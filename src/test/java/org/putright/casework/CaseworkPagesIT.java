package org.putright.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.putright.testing.StaffWeb;
import org.putright.testing.StaffWeb.Page;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The caseworking pages as staff use them: signed in with the form, every page loaded, every step
 * posted as a form (refused ones too), and the complaint read back through the API to prove the
 * step was recorded, or not.
 */
@PutrightIntegrationTest
class CaseworkPagesIT {

    static final String PASSWORD = "a long web test password";

    /** Every step form on a complaint's page. */
    static final List<String> STEPS = List.of(
            "acknowledge",
            "refuse",
            "clarify",
            "extend",
            "updates",
            "respond",
            "escalate",
            "withdraw",
            "close",
            "issue",
            "correspondence",
            "document");

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void staff() {
        admin = Api.at(port).asAdmin();
        member("web-hana", "Hana Patel", "HANDLER", "50.00");
        member("web-tom", "Tom Baker", "HANDLER", "500.00");
        member("web-maria", "Maria Lopez", "MANAGER", "1000.00");
        member("web-mrc", "Board Member", "GOVERNANCE", "0.00");
    }

    @Test
    void aHandlerWorksAComplaintThroughEveryStageOnThePages() {
        String reference = complaint("2026-11-16T10:00:00Z", "Ada Lovelace", "SE1 7PB", "T-ADA-1");
        StaffWeb hana = StaffWeb.signedIn(port, "web-hana", PASSWORD);

        Page worklist = hana.get("/cases");
        assertThat(worklist.status()).isEqualTo(200);
        assertThat(worklist.text()).contains(reference, "Ada Lovelace", "Due soon", "23 November 2026");
        assertThat(worklist.body()).contains("aria-label=\"Casework\"", "href=\"/cases\"", "href=\"/actions\"");

        Page page = hana.get("/cases/" + reference);
        assertThat(page.status()).isEqualTo(200);
        // The arithmetic of the acknowledgement deadline, with the weekend it skipped (6.2).
        assertThat(page.text())
                .contains("5 working days from Monday 16 November 2026, when the complaint was received")
                .contains("to Monday 23 November 2026, skipping 2 weekend days")
                .contains("Acknowledge and define the complaint");

        Page form = hana.get("/cases/" + reference + "/acknowledge");
        assertThat(form.status()).isEqualTo(200);
        // The handler signed in is offered as the handler.
        assertThat(form.body()).contains("<option value=\"web-hana\" selected=\"selected\">Hana Patel</option>");
        Page acknowledged = hana.post(
                "/cases/" + reference + "/acknowledge",
                Map.of(
                        "version", form.field("version"),
                        "handler", "web-hana",
                        "point-1-summary", "The boiler was not repaired",
                        "point-1-outcome", "Repair it",
                        "point-2-summary", "Nobody returned calls",
                        "point-2-outcome", "An apology"),
                form);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(302);
        assertThat(acknowledged.header("Location")).endsWith("/cases/" + reference);
        JsonNode complaint = read(reference);
        assertThat(complaint.get("status").asString()).isEqualTo("STAGE_1_OPEN");
        assertThat(complaint.get("handlers").get("stage1").asString()).isEqualTo("web-hana");
        assertThat(complaint.get("definition").get("points").size()).isEqualTo(2);
        assertThat(complaint.get("deadlines").get("respondBy").asString()).isEqualTo("2026-12-07");

        Page afterwards = hana.get("/cases/" + reference);
        assertThat(afterwards.text())
                .contains("Complaint acknowledged", "Acknowledgement letter", "Respond at stage 1");

        // Beyond the Code's cap without a good reason: refused, explained, nothing recorded (6.4).
        Page extend = hana.get("/cases/" + reference + "/extend");
        Page beyondCap = hana.post(
                "/cases/" + reference + "/extend",
                Map.of("version", extend.field("version"), "workingDays", "11", "reason", "Waiting for a survey"),
                extend);
        assertThat(beyondCap.status()).isEqualTo(422);
        assertThat(beyondCap.text())
                .contains("There is a problem", "Why this was refused", "beyond the Code's 10", "provision 6.4")
                .contains("Waiting for a survey");
        assertThat(beyondCap.body()).contains("href=\"#workingDays\"");
        assertThat(read(reference).get("extensions").size()).isZero();

        Page extended = hana.post(
                "/cases/" + reference + "/extend",
                Map.of("version", extend.field("version"), "workingDays", "5", "reason", "Waiting for a survey"),
                extend);
        assertThat(extended.status()).as(extended.toString()).isEqualTo(302);
        assertThat(read(reference).get("deadlines").get("respondBy").asString()).isEqualTo("2026-12-14");
        assertThat(hana.get("/cases/" + reference).text()).contains("Then extended by 5 working days");

        // The form was opened before the extension: posting it again is stale, not a lost update.
        Page stale = hana.post(
                "/cases/" + reference + "/extend",
                Map.of("version", extend.field("version"), "workingDays", "1", "reason", "More time"),
                extend);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("Someone else changed this complaint", "Your step was not saved");
        assertThat(read(reference).get("extensions").size()).isEqualTo(1);

        Page bad = hana.post(
                "/cases/" + reference + "/extend",
                Map.of("version", stale.field("version"), "workingDays", "lots", "reason", "More time"),
                stale);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("Enter a whole number, like 10");

        Page correspondence = hana.get("/cases/" + reference + "/correspondence");
        assertThat(hana.post(
                                "/cases/" + reference + "/correspondence",
                                Map.of(
                                        "version", correspondence.field("version"),
                                        "direction", "IN",
                                        "party", "RESIDENT",
                                        "channel", "phone",
                                        "summary", "Resident called about the survey"),
                                correspondence)
                        .status())
                .isEqualTo(302);

        Page document = hana.get("/cases/" + reference + "/document");
        Page uploaded = hana.upload(
                "/cases/" + reference + "/document",
                Map.of("version", document.field("version"), "description", "Engineer's notes"),
                "file",
                "notes.txt",
                "The boiler needs a new valve.".getBytes(StandardCharsets.UTF_8),
                document);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(302);
        JsonNode documents = read(reference).get("documents");
        assertThat(documents.size()).isEqualTo(1);
        Page download = hana.get("/cases/" + reference + "/documents/"
                + documents.get(0).get("id").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("The boiler needs a new valve.");

        Page issue = hana.get("/cases/" + reference + "/issue");
        assertThat(hana.post(
                                "/cases/" + reference + "/issue",
                                Map.of(
                                        "version", issue.field("version"),
                                        "summary", "The radiator leaks too",
                                        "outcome", "Fix the radiator",
                                        "related", "yes"),
                                issue)
                        .status())
                .isEqualTo(302);
        assertThat(read(reference).get("definition").get("points").size()).isEqualTo(3);

        // A response without a finding on every point is refused (6.7).
        Page respond = hana.get("/cases/" + reference + "/respond");
        Map<String, String> response = new HashMap<>(Map.of(
                "version", respond.field("version"),
                "finding-1-upheld", "yes",
                "finding-1-reasons", "The repair was late",
                "finding-2-upheld", "no",
                "finding-2-reasons", "Calls were returned"));
        Page missingFinding = hana.post("/cases/" + reference + "/respond", response, respond);
        assertThat(missingFinding.status()).isEqualTo(422);
        assertThat(missingFinding.text()).contains("provision 6.7");
        assertThat(read(reference).get("status").asString()).isEqualTo("STAGE_1_OPEN");

        response.putAll(Map.of(
                "finding-3-upheld", "yes",
                "finding-3-reasons", "The radiator leaked",
                "remedy-1-type", "FINANCIAL",
                "remedy-1-description", "Compensation for the delay",
                "remedy-1-amount", "75.00",
                "remedy-1-due", "2026-12-11",
                "action-1-description", "Replace the radiator valve",
                "action-1-owner", "web-tom",
                "action-1-due", "2026-12-04"));
        Page responded = hana.post("/cases/" + reference + "/respond", response, respond);
        assertThat(responded.status()).as(responded.toString()).isEqualTo(302);
        complaint = read(reference);
        assertThat(complaint.get("status").asString()).isEqualTo("STAGE_1_RESPONDED");
        // £75 is over Hana's £50 limit: the remedy waits for a manager.
        assertThat(complaint.get("remedies").get(0).get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        String remedy = complaint.get("remedies").get(0).get("id").asString();

        Page actions = hana.get("/actions");
        assertThat(actions.text()).contains("Replace the radiator valve", reference, "web-tom");

        Page caseNow = hana.get("/cases/" + reference);
        assertThat(hana.post(
                                "/cases/" + reference + "/remedies/" + remedy + "/approval",
                                Map.of(
                                        "version",
                                        String.valueOf(
                                                read(reference).get("version").asInt())),
                                caseNow)
                        .status())
                .isEqualTo(403);

        StaffWeb maria = StaffWeb.signedIn(port, "web-maria", PASSWORD);
        Page approvals = maria.get("/remedies");
        assertThat(approvals.text()).contains("Compensation for the delay", "£75.00", reference);
        Page approved = maria.post(
                "/cases/" + reference + "/remedies/" + remedy + "/approval", Map.of("from", "approvals"), approvals);
        assertThat(approved.status()).isEqualTo(302);
        assertThat(approved.header("Location")).endsWith("/remedies");
        assertThat(read(reference).get("remedies").get(0).get("status").asString())
                .isEqualTo("AGREED");

        Page escalate = hana.get("/cases/" + reference + "/escalate");
        assertThat(hana.post(
                                "/cases/" + reference + "/escalate",
                                Map.of("version", escalate.field("version")),
                                escalate)
                        .status())
                .isEqualTo(302);
        assertThat(read(reference).get("status").asString()).isEqualTo("STAGE_2_REQUESTED");

        // Stage 2 needs someone who did not handle stage 1 (6.13).
        Page stageTwo = hana.get("/cases/" + reference + "/acknowledge");
        // Stage 2 restates the definition (5.6): the form starts from stage 1's.
        assertThat(stageTwo.body())
                .containsPattern("name=\"point-1-summary\"[^>]*>The boiler was not repaired</textarea>");
        Map<String, String> stageTwoForm = new HashMap<>(Map.of(
                "version", stageTwo.field("version"),
                "handler", "web-hana",
                "point-1-summary", "The boiler was not repaired",
                "point-1-outcome", "Repair it"));
        Page notIndependent = hana.post("/cases/" + reference + "/acknowledge", stageTwoForm, stageTwo);
        assertThat(notIndependent.status()).isEqualTo(422);
        assertThat(notIndependent.text()).contains("provision 6.13", "stage 2 must be handled by someone else");
        stageTwoForm.put("handler", "web-tom");
        assertThat(hana.post("/cases/" + reference + "/acknowledge", stageTwoForm, stageTwo)
                        .status())
                .isEqualTo(302);
        assertThat(read(reference).get("status").asString()).isEqualTo("STAGE_2_OPEN");

        // The final response comes from the independent stage 2 handler (6.13, 6.14).
        StaffWeb tom = StaffWeb.signedIn(port, "web-tom", PASSWORD);
        Page finalResponse = tom.get("/cases/" + reference + "/respond");
        Page answered = tom.post(
                "/cases/" + reference + "/respond",
                Map.of(
                        "version", finalResponse.field("version"),
                        "finding-1-upheld", "yes",
                        "finding-1-reasons", "The repair was late"),
                finalResponse);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(302);
        Page close = tom.get("/cases/" + reference + "/close");
        Page closed = tom.post("/cases/" + reference + "/close", Map.of("version", close.field("version")), close);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(302);
        complaint = read(reference);
        assertThat(complaint.get("status").asString()).isEqualTo("CLOSED");

        String letter = complaint.get("letters").get(0).get("href").asString();
        Page letterPage = hana.get("/cases/" + reference + "/letters/" + letter.substring(letter.lastIndexOf('/') + 1));
        assertThat(letterPage.status()).isEqualTo(200);
        assertThat(letterPage.text()).contains("Ada Lovelace");
    }

    @Test
    void anExtensionToldAfterTheDeadlineIsRefusedWithTheCodesReason() {
        String reference = complaint("2026-10-01T10:00:00Z", "Grace Hopper", "N1 9GU", "T-GRACE-1");
        acknowledge(reference, "2026-10-02T10:00:00Z");
        StaffWeb hana = StaffWeb.signedIn(port, "web-hana", PASSWORD);

        Page overdue = hana.get("/cases?overdue=yes");
        assertThat(overdue.text()).contains(reference, "Overdue");

        Page form = hana.get("/cases/" + reference + "/extend");
        Page refused = hana.post(
                "/cases/" + reference + "/extend",
                Map.of("version", form.field("version"), "workingDays", "5", "reason", "Waiting for parts"),
                form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text())
                .contains("The response was due by 2026-10-16")
                .contains("The Complaint Handling Code, provision 6.4, says:");
        assertThat(read(reference).get("extensions").size()).isZero();

        // Other steps from the same page.
        Page updates = hana.get("/cases/" + reference + "/updates");
        assertThat(hana.post(
                                "/cases/" + reference + "/updates",
                                Map.of("version", updates.field("version"), "every", "5", "how", "phone"),
                                updates)
                        .status())
                .isEqualTo(302);
        Page clarify = hana.get("/cases/" + reference + "/clarify");
        assertThat(hana.post(
                                "/cases/" + reference + "/clarify",
                                Map.of("version", clarify.field("version"), "question", "Which radiator?"),
                                clarify)
                        .status())
                .isEqualTo(302);
        Page withdraw = hana.get("/cases/" + reference + "/withdraw");
        assertThat(hana.post(
                                "/cases/" + reference + "/withdraw",
                                Map.of("version", withdraw.field("version"), "note", "Resolved"),
                                withdraw)
                        .status())
                .isEqualTo(302);
        assertThat(read(reference).get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aComplaintIsRefusedWithAGroundAndReasons() {
        String reference = complaint("2026-11-20T10:00:00Z", "Alan Turing", "M1 1AA", "T-ALAN-1");
        StaffWeb hana = StaffWeb.signedIn(port, "web-hana", PASSWORD);
        Page form = hana.get("/cases/" + reference + "/refuse");
        Page noGround = hana.post(
                "/cases/" + reference + "/refuse", Map.of("version", form.field("version"), "reasons", "x"), form);
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.text()).contains("Choose one of the options");
        Page refused = hana.post(
                "/cases/" + reference + "/refuse",
                Map.of(
                        "version",
                        form.field("version"),
                        "ground",
                        "LEGAL_PROCEEDINGS",
                        "reasons",
                        "Court proceedings about the same repair began in October."),
                form);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(302);
        assertThat(read(reference).get("status").asString()).isEqualTo("REFUSED");
    }

    @Test
    void searchFindsComplaintsByReferenceNamePostcodeAndTenancy() {
        String reference = complaint("2026-11-18T10:00:00Z", "Katherine Johnson", "BS1 4DJ", "T-KJ-77");
        complaint("2026-11-18T11:00:00Z", "Someone Else", "LS1 1UR", "T-SE-1");
        StaffWeb hana = StaffWeb.signedIn(port, "web-hana", PASSWORD);
        for (String search :
                List.of(reference, reference.toLowerCase(java.util.Locale.ROOT), "katherine", "BS14DJ", "t-kj-77")) {
            Page found = hana.get("/cases?q=" + java.net.URLEncoder.encode(search, StandardCharsets.UTF_8));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.text()).as(search).contains(reference).doesNotContain("Someone Else");
        }
        assertThat(hana.get("/cases?q=nobody-at-all").text()).contains("0 cases", "No cases match");
        assertThat(hana.get("/cases?status=RECEIVED&stage=1&handler=&category=").status())
                .isEqualTo(200);
        assertThat(hana.get("/cases?status=NOT_A_STATUS").text()).contains("Choose a status from the list");
    }

    @Test
    void aLongWorklistIsPagedWithGapsInThePageNumbers() {
        // 26 complaints per 25-row page would do for two pages; 80 makes four, so the numbers
        // between the current page's neighbours and the last collapse into an ellipsis.
        for (int number = 0; number < 80; number++) {
            complaint("2026-11-19T10:00:00Z", "Paige Nation", "PG1 1PG", "T-PAGE-" + number);
        }
        StaffWeb hana = StaffWeb.signedIn(port, "web-hana", PASSWORD);

        Page first = hana.get("/cases?q=paige+nation");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).contains("80 cases", "1 2 ⋯ 4 Next page");
        assertThat(first.body())
                .contains("govuk-pagination__item--current", "govuk-pagination__item--ellipses", "page=4\"");

        Page third = hana.get("/cases?q=paige+nation&page=3");
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.text()).contains("Previous page 1 2 3 4 Next page");
    }

    @Test
    void residentsAndServiceRequestsHaveTheirPages() {
        String reference = complaint("2026-11-19T10:00:00Z", "Mary Somerville", "EH1 1YZ", "T-MS-1");
        String residentId = read(reference).get("resident").get("id").asString();
        Api.Response request = admin.post(
                "/api/v1/service-requests",
                Map.of(
                        "residentId", residentId,
                        "category", "REPAIRS",
                        "description", "Boiler not heating water",
                        "channel", "PHONE"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        String requestId = request.json().get("id").asString();
        StaffWeb mrc = StaffWeb.signedIn(port, "web-mrc", PASSWORD);

        assertThat(mrc.get("/residents?q=Somerville").text()).contains("Mary Somerville", "EH1 1YZ");
        Page resident = mrc.get("/residents/" + residentId);
        assertThat(resident.status()).isEqualTo(200);
        assertThat(resident.text()).contains("Contact preferences", reference, "Preferred channel", "REPAIRS");
        assertThat(mrc.get("/service-requests").text()).contains("REPAIRS");
        assertThat(mrc.get("/service-requests/" + requestId).text()).contains("Boiler not heating water");
        assertThat(mrc.get("/residents/not-a-uuid").status()).isEqualTo(404);
        assertThat(mrc.get("/cases/CMP-2026-999999").status()).isEqualTo(404);
    }

    @Test
    void governanceReadsEveryPageButCanChangeNothing() {
        String reference = complaint("2026-11-19T10:00:00Z", "Ada Byron", "SW1A 1AA", "T-AB-1");
        StaffWeb mrc = StaffWeb.signedIn(port, "web-mrc", PASSWORD);
        for (String path :
                List.of("/cases", "/cases/" + reference, "/residents", "/service-requests", "/remedies", "/actions")) {
            assertThat(mrc.get(path).status()).as(path).isEqualTo(200);
        }
        Page page = mrc.get("/cases/" + reference);
        assertThat(page.text()).doesNotContain("What you can do");
        for (String step : STEPS) {
            assertThat(mrc.get("/cases/" + reference + "/" + step).status())
                    .as(step)
                    .isEqualTo(403);
            Page post = mrc.post("/cases/" + reference + "/" + step, Map.of("version", "1"), page);
            assertThat(post.status()).as(step).isEqualTo(403);
        }
        Page refused = mrc.post(
                "/cases/" + reference + "/acknowledge",
                Map.of("handler", "web-hana", "point-1-summary", "a", "point-1-outcome", "b"),
                page);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot do this");
        assertThat(read(reference).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void managersAndAdministratorsWorkCasesAndOnlyManagersSeeApprovals() {
        String reference = complaint("2026-11-19T10:00:00Z", "Lise Meitner", "CB2 1TN", "T-LM-1");
        StaffWeb hana = StaffWeb.signedIn(port, "web-hana", PASSWORD);
        StaffWeb maria = StaffWeb.signedIn(port, "web-maria", PASSWORD);
        StaffWeb administrator = StaffWeb.signedIn(port, "admin", Api.ADMIN_PASSWORD);
        assertThat(hana.get("/cases").body()).doesNotContain("href=\"/remedies\"");
        assertThat(maria.get("/cases").body()).contains("href=\"/remedies\"");
        for (StaffWeb web : List.of(maria, administrator)) {
            for (String step : STEPS) {
                assertThat(web.get("/cases/" + reference + "/" + step).status())
                        .as(step)
                        .isEqualTo(200);
            }
        }
        Page form = administrator.get("/cases/" + reference + "/correspondence");
        Page recorded = administrator.post(
                "/cases/" + reference + "/correspondence",
                Map.of(
                        "version", form.field("version"),
                        "direction", "OUT",
                        "party", "RESIDENT",
                        "channel", "email",
                        "summary", "Wrote to the resident"),
                form);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(302);
        assertThat(read(reference).get("timeline").toString()).contains("Wrote to the resident");
    }

    @Test
    void pagesNeedASignedInMemberOfStaffAndFormsNeedTheirToken() {
        String reference = complaint("2026-11-19T10:00:00Z", "Emmy Noether", "OX1 2JD", "T-EN-1");
        Page anonymous = StaffWeb.at(port).get("/cases");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
        StaffWeb hana = StaffWeb.signedIn(port, "web-hana", PASSWORD);
        Page forged = hana.postWithoutToken("/cases/" + reference + "/withdraw", Map.of("note", "forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(read(reference).get("status").asString()).isEqualTo("RECEIVED");
    }

    // --- Set-up through the API ---------------------------------------------------------------

    private void member(String username, String name, String role, String limit) {
        Api.Response response = admin.post(
                "/api/v1/staff",
                Map.of(
                        "username", username,
                        "name", name,
                        "email", username + "@example.org",
                        "roles", List.of(role),
                        "compensationLimit", limit,
                        "password", PASSWORD));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    private String complaint(String receivedAt, String name, String postcode, String tenancy) {
        Api.Response response = admin.post(
                "/api/v1/complaints",
                Map.of(
                        "receivedAt",
                        receivedAt,
                        "channel",
                        "PHONE",
                        "resident",
                        Map.of(
                                "name", name,
                                "email", name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org",
                                "address", "1 High Street",
                                "postcode", postcode,
                                "tenancyReference", tenancy),
                        "description",
                        "My boiler broke twice and nobody came back."));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reference").asString();
    }

    private void acknowledge(String reference, String at) {
        Api.Response response = admin.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        at,
                        "handler",
                        "web-tom",
                        "definition",
                        Map.of("points", List.of(Map.of("summary", "Radiator leaks", "outcomeSought", "Fix it")))));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private JsonNode read(String reference) {
        Api.Response response = admin.get("/api/v1/complaints/" + reference);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
