package org.putright.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small caseload made through the API, with a complaint in each kind of state a record holds
 * and the letters those steps issue: received only (made by a representative), acknowledged with
 * correspondence, extended and answered with a remedy, escalated and acknowledged at stage 2,
 * refused. Tests of backup and restore and of schema upgrades compare it before and after.
 */
public final class Caseload {

    private Caseload() {}

    /** Makes the caseload through {@code admin} and returns the complaints' references. */
    public static List<String> make(Api admin) {
        staff(admin, "hana", "Hana Patel");
        staff(admin, "tom", "Tom Okafor");
        List<String> references = new ArrayList<>();

        Map<String, Object> represented =
                complaint("2024-06-03T09:00:00+01:00", "Damp in the bedroom, reported three times.");
        represented.put(
                "representative",
                Map.of("name", "Grace Hopper", "relationship", "Daughter", "authority", "Consent form of 2 June"));
        references.add(created(admin.post("/api/v1/complaints", represented)));

        String acknowledged = created(admin.post(
                "/api/v1/complaints", complaint("2024-06-04T10:00:00+01:00", "Nobody came to fix the boiler.")));
        ok(admin.post(
                "/api/v1/complaints/" + acknowledged + "/acknowledgement",
                acknowledgement("2024-06-05T10:00:00+01:00", "hana")));
        ok(admin.post(
                "/api/v1/complaints/" + acknowledged + "/correspondence",
                Map.of(
                        "at", "2024-06-06T11:00:00+01:00",
                        "direction", "IN",
                        "party", "RESIDENT",
                        "channel", "PHONE",
                        "summary", "Asked when the engineer will come",
                        "body", "Résidente called: \"still no heating\" — 3rd call.")));
        references.add(acknowledged);

        String answered = created(admin.post(
                "/api/v1/complaints", complaint("2024-06-10T09:00:00+01:00", "The repair left a hole in the wall.")));
        ok(admin.post(
                "/api/v1/complaints/" + answered + "/acknowledgement",
                acknowledgement("2024-06-11T10:00:00+01:00", "hana")));
        ok(admin.post(
                "/api/v1/complaints/" + answered + "/extension",
                Map.of(
                        "notifiedAt",
                        "2024-06-20T16:00:00+01:00",
                        "workingDays",
                        5,
                        "reason",
                        "Waiting for the surveyor")));
        ok(admin.post("/api/v1/complaints/" + answered + "/response", response("2024-06-28T12:00:00+01:00", true)));
        references.add(answered);

        String escalated = created(admin.post(
                "/api/v1/complaints", complaint("2024-05-01T09:00:00+01:00", "The fence was never replaced.")));
        ok(admin.post(
                "/api/v1/complaints/" + escalated + "/acknowledgement",
                acknowledgement("2024-05-02T10:00:00+01:00", "hana")));
        ok(admin.post("/api/v1/complaints/" + escalated + "/response", response("2024-05-14T12:00:00+01:00", false)));
        ok(admin.post(
                "/api/v1/complaints/" + escalated + "/escalation",
                Map.of("requestedAt", "2024-05-20T09:00:00+01:00", "residentReason", "The fence is still down")));
        ok(admin.post(
                "/api/v1/complaints/" + escalated + "/acknowledgement",
                acknowledgement("2024-05-22T10:00:00+01:00", "tom")));
        references.add(escalated);

        String refused = created(admin.post(
                "/api/v1/complaints", complaint("2024-07-01T09:00:00+01:00", "A neighbour's court case about noise.")));
        ok(admin.post(
                "/api/v1/complaints/" + refused + "/refusal",
                Map.of(
                        "decidedAt", "2024-07-02T10:00:00+01:00",
                        "ground", "LEGAL_PROCEEDINGS",
                        "reasons", "The matter is before the county court.")));
        references.add(refused);
        return references;
    }

    private static Map<String, Object> complaint(String receivedAt, String description) {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("receivedAt", receivedAt);
        complaint.put("channel", "PHONE");
        complaint.put(
                "resident",
                Map.of(
                        "name", "Ada O'Neill",
                        "email", "ada@example.org",
                        "phone", "0113 496 0000",
                        "address", "Flat 2, 10 Mill Lane, Leeds LS2 7AB",
                        "tenancyReference", "T-1001"));
        complaint.put("description", description);
        complaint.put("category", "REPAIRS");
        return complaint;
    }

    private static Map<String, Object> acknowledgement(String at, String handler) {
        return Map.of(
                "acknowledgedAt",
                at,
                "handler",
                handler,
                "definition",
                Map.of(
                        "points",
                        List.of(Map.of("summary", "The repair was not done", "outcomeSought", "Do the repair")),
                        "notResponsibleFor",
                        List.of()));
    }

    private static Map<String, Object> response(String at, boolean upheld) {
        return Map.of(
                "respondedAt",
                at,
                "findings",
                List.of(Map.of("point", 1, "upheld", upheld, "reasons", "The job log shows it.")),
                "remedies",
                upheld
                        ? List.of(Map.of(
                                "type", "FINANCIAL",
                                "description", "For the weeks of waiting",
                                "amount", "75.00",
                                "dueBy", "2024-07-26"))
                        : List.of(),
                "outstandingActions",
                List.of());
    }

    private static void staff(Api admin, String username, String name) {
        ok(
                admin.post(
                        "/api/v1/staff",
                        Map.of(
                                "username",
                                username,
                                "name",
                                name,
                                "email",
                                username + "@example.org",
                                "roles",
                                List.of("HANDLER"),
                                "compensationLimit",
                                "100.00")),
                201);
    }

    private static String created(Api.Response response) {
        ok(response, 201);
        return response.json().get("reference").asString();
    }

    private static void ok(Api.Response response) {
        ok(response, 200);
    }

    private static void ok(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response);
        }
    }
}
