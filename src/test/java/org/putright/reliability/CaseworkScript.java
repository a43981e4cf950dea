package org.putright.reliability;

import java.util.List;
import java.util.Map;

/**
 * What the harnesses do to each complaint: intake, then the steps of a whole two-stage life, each
 * timed "now" by the server (times omitted), as a busy complaints team would.
 */
final class CaseworkScript {

    record Step(String name, String path, Map<String, Object> body) {}

    static final List<Step> STEPS = List.of(
            new Step("acknowledge", "/acknowledgement", acknowledgement("harness-hana")),
            new Step(
                    "log correspondence",
                    "/correspondence",
                    Map.of(
                            "direction", "IN",
                            "party", "RESIDENT",
                            "channel", "PHONE",
                            "summary", "Resident asked for news",
                            "body", "Called to ask when the repair will be done.")),
            new Step("respond", "/response", response()),
            new Step("escalate", "/escalation", Map.of("residentReason", "The repair is still not done")),
            new Step("acknowledge stage 2", "/acknowledgement", acknowledgement("harness-tom")),
            new Step("respond at stage 2", "/response", response()),
            new Step("close", "/closure", Map.of("note", "Final response given")));

    private CaseworkScript() {}

    static Map<String, Object> intake(int number) {
        return Map.of(
                "channel",
                "PHONE",
                "description",
                "Complaint " + number + ": the boiler has failed again and nobody came.",
                "category",
                "REPAIRS",
                "resident",
                Map.of(
                        "name", "Resident " + number,
                        "email", "resident" + number + "@example.org",
                        "address", number + " Harness Street, Leeds LS1 1AA"));
    }

    static List<Map<String, Object>> staff() {
        return List.of(handler("harness-hana", "Hana Harness"), handler("harness-tom", "Tom Harness"));
    }

    private static Map<String, Object> handler(String username, String name) {
        return Map.of(
                "username",
                username,
                "name",
                name,
                "email",
                username + "@example.org",
                "roles",
                List.of("HANDLER"),
                "compensationLimit",
                "100.00");
    }

    private static Map<String, Object> acknowledgement(String handler) {
        return Map.of(
                "handler",
                handler,
                "definition",
                Map.of(
                        "points",
                                List.of(Map.of("summary", "The boiler was not repaired", "outcomeSought", "Repair it")),
                        "notResponsibleFor", List.of()));
    }

    private static Map<String, Object> response() {
        return Map.of(
                "findings",
                        List.of(Map.of("point", 1, "upheld", true, "reasons", "The job log shows two missed visits.")),
                "remedies", List.of(Map.of("type", "APOLOGY", "description", "We are sorry for the missed visits")),
                "outstandingActions", List.of());
    }
}
