package org.putright.reliability;

import java.util.List;
import java.util.Map;

/**
 * What the harnesses do to each complaint: intake, then the steps of a whole two-stage life, each
 * timed "now" by the server (times omitted), as a busy complaints team would.
 */
final class CaseworkScript {

    /** The stage 1 handler, who takes every step up to the escalation. */
    static final String STAGE_1 = "harness-hana";

    /** The stage 2 handler: someone other than the stage 1 handler (6.13), who takes the rest. */
    static final String STAGE_2 = "harness-tom";

    /** A step, taken by the member of staff {@code by}. */
    record Step(String name, String by, String path, Map<String, Object> body) {}

    static final List<Step> STEPS = List.of(
            new Step("acknowledge", STAGE_1, "/acknowledgement", acknowledgement(STAGE_1)),
            new Step(
                    "log correspondence",
                    STAGE_1,
                    "/correspondence",
                    Map.of(
                            "direction", "IN",
                            "party", "RESIDENT",
                            "channel", "PHONE",
                            "summary", "Resident asked for news",
                            "body", "Called to ask when the repair will be done.")),
            new Step("respond", STAGE_1, "/response", response()),
            new Step("escalate", STAGE_1, "/escalation", Map.of("residentReason", "The repair is still not done")),
            new Step("acknowledge stage 2", STAGE_2, "/acknowledgement", acknowledgement(STAGE_2)),
            new Step("respond at stage 2", STAGE_2, "/response", response()),
            new Step("close", STAGE_2, "/closure", Map.of("note", "Final response given")));

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
        return List.of(handler(STAGE_1, "Hana Harness"), handler(STAGE_2, "Tom Harness"));
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
