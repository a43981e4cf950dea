package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The system evidence of a self-assessment, checked against a known set of complaints, service
 * requests, adjustments and lessons made through the API with real dates, and worked out by hand.
 *
 * <p>The period, 1 April to 30 September 2023, is used by no other test, so the figures count only
 * what this test records. England and Wales: no bank holiday falls between 30 May and 27 August
 * 2023.
 */
@PutrightIntegrationTest
class SystemEvidenceIT {

    private static final String BASE = "/api/v1/self-assessments";

    @LocalServerPort
    int port;

    @Test
    void everyFigureMatchesTheHandWorkedNumbers() {
        Api admin = Api.at(port).asAdmin();
        Api one = Api.at(port).as(SelfAssessmentIT.token(admin, "se-hana", "HANDLER"));
        Api two = Api.at(port).as(SelfAssessmentIT.token(admin, "se-tom", "HANDLER"));
        Api manager = Api.at(port).as(SelfAssessmentIT.token(admin, "se-maria", "MANAGER"));

        // A: received Mon 5 June (acknowledge by Mon 12 June), acknowledged Wed 7 June, so respond by
        // Wed 21 June; answered Tue 20 June with £50 due Fri 30 June, paid Thu 29 June. Escalated
        // Thu 22 June (acknowledge by Thu 29 June); acknowledged Mon 26 June by another handler
        // (6.13), so respond by Mon 24 July; answered Mon 10 July with £50 due Mon 31 July, never paid.
        String a = received(one, "2023-06-05T10:00:00+01:00");
        ok(one.post(path(a, "acknowledgement"), acknowledgement("2023-06-07T10:00:00+01:00", "se-hana")));
        JsonNode answeredA = ok(one.post(path(a, "response"), response("2023-06-20T15:00:00+01:00", "2023-06-30")));
        String remedyA = answeredA.get("remedies").get(0).get("id").asString();
        ok(one.post(
                path(a, "remedies/" + remedyA + "/completion"), Map.of("completedAt", "2023-06-29T12:00:00+01:00")));
        ok(one.post(path(a, "escalation"), Map.of("requestedAt", "2023-06-22T09:00:00+01:00")));
        ok(two.post(path(a, "acknowledgement"), acknowledgement("2023-06-26T10:00:00+01:00", "se-tom")));
        ok(two.post(path(a, "response"), response("2023-07-10T15:00:00+01:00", "2023-07-31")));

        // B: received Mon 5 June, acknowledged late on Wed 14 June; respond by Wed 28 June, extended on
        // Tue 27 June by 5 working days to Wed 5 July; answered Tue 4 July with £50 due Fri 29 January
        // 2027 and an apology due today (the tests' fixed day), neither done nor yet due, and a repair
        // with no date: 7.3 leaves all three out.
        String b = received(one, "2023-06-05T11:00:00+01:00");
        ok(one.post(path(b, "acknowledgement"), acknowledgement("2023-06-14T10:00:00+01:00", "se-hana")));
        ok(one.post(
                path(b, "extension"),
                Map.of("notifiedAt", "2023-06-27T16:00:00+01:00", "workingDays", 5, "reason", "Awaiting a survey")));
        Map<String, Object> answerB = response("2023-07-04T15:00:00+01:00", "2027-01-29");
        answerB.put(
                "remedies",
                List.of(
                        remedy("FINANCIAL", "50.00", "2027-01-29"),
                        remedy(
                                "APOLOGY",
                                null,
                                LocalDate.ofInstant(
                                                Instant.parse(PutrightIntegrationTest.NOW), ZoneId.of("Europe/London"))
                                        .toString()),
                        remedy("ACTION_ON_DELAY", null, null)));
        ok(one.post(path(b, "response"), answerB));

        // C: received Tue 6 June, acknowledged Thu 8 June, so respond by Thu 22 June; answered late on
        // Mon 26 June with £50 due Fri 7 July, paid half an hour into Sat 8 July: late, though it was
        // still the 7th in UTC (7.3 judges the Europe/London day).
        String c = received(one, "2023-06-06T10:00:00+01:00");
        ok(one.post(path(c, "acknowledgement"), acknowledgement("2023-06-08T10:00:00+01:00", "se-hana")));
        JsonNode answeredC = ok(one.post(path(c, "response"), response("2023-06-26T15:00:00+01:00", "2023-07-07")));
        String remedyC = answeredC.get("remedies").get(0).get("id").asString();
        ok(one.post(
                path(c, "remedies/" + remedyC + "/completion"), Map.of("completedAt", "2023-07-08T00:30:00+01:00")));

        // D: received Wed 7 June and refused the next day, with reasons (2.1, 2.4).
        String d = received(one, "2023-06-07T10:00:00+01:00");
        ok(one.post(
                path(d, "refusal"),
                Map.of(
                        "decidedAt", "2023-06-08T10:00:00+01:00",
                        "ground", "LEGAL_PROCEEDINGS",
                        "reasons", "Court proceedings about the same repair began in May.")));

        // E: received Thu 8 June, acknowledged Fri 9 June (respond by Fri 23 June), extended on Tue
        // 20 June by 15 working days, beyond the cap with a good reason (6.4); not yet answered.
        String e = received(one, "2023-06-08T10:00:00+01:00");
        ok(one.post(path(e, "acknowledgement"), acknowledgement("2023-06-09T10:00:00+01:00", "se-hana")));
        ok(one.post(
                path(e, "extension"),
                Map.of(
                        "notifiedAt", "2023-06-20T16:00:00+01:00",
                        "workingDays", 15,
                        "reason", "A structural survey is needed",
                        "goodReason", "The engineer's survey cannot be booked sooner")));

        // Service requests (1.4): one completed, one reviewed lately, one never reviewed and still open.
        String resident =
                created(admin.post("/api/v1/residents", Map.of("name", "Ada Lovelace", "email", "ada@example.org")));
        String completed = serviceRequest(one, resident, "2023-04-03T09:00:00+01:00");
        ok(one.post(
                "/api/v1/service-requests/" + completed + "/completion",
                Map.of("completedAt", "2023-04-10T09:00:00+01:00", "note", "Fixed")));
        String reviewed = serviceRequest(one, resident, "2023-05-02T09:00:00+01:00");
        ok(one.post(
                "/api/v1/service-requests/" + reviewed + "/reviews",
                Map.of("reviewedAt", "2026-11-20T10:00:00Z", "note", "Parts ordered")));
        serviceRequest(one, resident, "2023-06-01T09:00:00+01:00");

        // 9.1: one improvement made in the period; a lesson only proposed today does not count.
        Map<String, Object> lesson = new HashMap<>();
        lesson.put("lesson", "Late answers came from one shared inbox");
        lesson.put("youSaid", "You told us we were slow to reply");
        lesson.put("improvement", "Each complaint now has a named handler");
        lesson.put("owner", "se-maria");
        lesson.put("status", "DONE");
        lesson.put("madeOn", "2023-07-15");
        lesson.put("complaints", List.of(c));
        assertThat(manager.post("/api/v1/lessons", lesson).status()).isEqualTo(201);

        // 5.10 counts adjustments past their review date today, whatever the period: measured before and after.
        long overdueBefore = figure(manager, start(manager), "5.10", "ADJUSTMENTS_OVERDUE_REVIEW")
                .get("count")
                .asLong();
        ok201(admin.post(
                "/api/v1/residents/" + resident + "/adjustments",
                Map.of(
                        "description", "Large print letters",
                        "agreedAt", "2023-05-01T09:00:00+01:00",
                        "reviewOn", "2023-11-01")));

        String id = start(manager);
        assertShare(manager, id, "6.2", "STAGE_1_ACKNOWLEDGED_ON_TIME", 3, 4, "75.0");
        assertShare(manager, id, "6.11", "STAGE_2_ACKNOWLEDGED_ON_TIME", 1, 1, "100.0");
        assertShare(manager, id, "6.3", "STAGE_1_RESPONDED_ON_TIME", 2, 3, "66.7");
        assertShare(manager, id, "6.14", "STAGE_2_RESPONDED_ON_TIME", 1, 1, "100.0");
        assertShare(manager, id, "6.4", "STAGE_1_EXTENSIONS_WITHIN_CAP", 2, 2, "100.0");
        assertShare(manager, id, "6.4", "STAGE_1_EXTENSIONS_NOTIFIED_IN_TIME", 2, 2, "100.0");
        assertShare(manager, id, "6.5", "STAGE_1_EXTENSIONS_NOTIFIED_IN_TIME", 2, 2, "100.0");
        assertShare(manager, id, "6.5", "STAGE_1_EXTENSIONS_WITH_OMBUDSMAN_DETAILS", 2, 2, "100.0");
        assertShare(manager, id, "6.15", "STAGE_2_EXTENSIONS_WITHIN_CAP", 0, 0, null);
        assertShare(manager, id, "6.9", "STAGE_1_LETTERS_COMPLETE", 3, 3, "100.0");
        assertShare(manager, id, "6.19", "STAGE_2_LETTERS_COMPLETE", 1, 1, "100.0");
        assertShare(manager, id, "6.13", "STAGE_2_HANDLER_INDEPENDENT", 1, 1, "100.0");
        assertShare(manager, id, "5.6", "DEFINITIONS_RECORDED", 5, 5, "100.0");
        assertShare(manager, id, "2.1", "REFUSALS_WITH_REASONS_AND_LETTER", 1, 1, "100.0");
        assertShare(manager, id, "2.4", "REFUSALS_WITH_REASONS_AND_LETTER", 1, 1, "100.0");
        assertShare(manager, id, "5.12", "RECORDS_COMPLETE", 6, 6, "100.0");
        assertShare(manager, id, "7.3", "REMEDIES_COMPLETED_BY_DATE", 1, 3, "33.3");
        assertShare(manager, id, "1.4", "SERVICE_REQUESTS_REVIEWED", 2, 3, "66.7");
        assertThat(figure(manager, id, "9.1", "LESSONS_RECORDED").get("count").asLong())
                .isEqualTo(1);
        assertThat(figure(manager, id, "9.1", "LESSONS_RECORDED")
                        .get("shortfall")
                        .asBoolean())
                .isFalse();
        JsonNode adjustments = figure(manager, id, "5.10", "ADJUSTMENTS_OVERDUE_REVIEW");
        assertThat(adjustments.get("count").asLong()).isEqualTo(overdueBefore + 1);
        assertThat(adjustments.get("shortfall").asBoolean()).isTrue();
        assertThat(figure(manager, id, "6.2", "STAGE_1_ACKNOWLEDGED_ON_TIME")
                        .get("computedOn")
                        .asString())
                .isEqualTo("2026-11-23");

        // A "yes" the record contradicts is flagged; one it bears out is not.
        JsonNode ackYes = ok(manager.put(BASE + "/" + id + "/provisions/6.2", Map.of("comply", "YES")));
        assertThat(ackYes.get("contradicted").asBoolean()).isTrue();
        assertThat(ackYes.at("/systemEvidence/0/contradicts").asBoolean()).isTrue();
        JsonNode independentYes = ok(manager.put(BASE + "/" + id + "/provisions/6.13", Map.of("comply", "YES")));
        assertThat(independentYes.get("contradicted").asBoolean()).isFalse();
        Map<String, Object> partly = new HashMap<>();
        partly.put("comply", "PARTLY");
        partly.put("action", "Cover the inbox");
        partly.put("complyBy", "2027-01-31");
        JsonNode ackPartly = ok(manager.put(BASE + "/" + id + "/provisions/6.2", partly));
        assertThat(ackPartly.get("contradicted").asBoolean()).isFalse();
    }

    private static void assertShare(
            Api api, String id, String provision, String measure, long met, long outOf, @Nullable String percent) {
        JsonNode figure = figure(api, id, provision, measure);
        assertThat(figure.get("count").asLong()).as(provision + " " + measure).isEqualTo(met);
        assertThat(figure.get("outOf").asLong()).as(provision + " " + measure).isEqualTo(outOf);
        if (percent == null) {
            assertThat(figure.get("percent").isNull())
                    .as(provision + " " + measure)
                    .isTrue();
        } else {
            assertThat(figure.get("percent").decimalValue())
                    .as(provision + " " + measure)
                    .isEqualByComparingTo(percent);
        }
        assertThat(figure.get("shortfall").asBoolean())
                .as(provision + " " + measure)
                .isEqualTo(met < outOf);
    }

    private static JsonNode figure(Api api, String id, String provision, String measure) {
        JsonNode row = ok(api.get(BASE + "/" + id + "/provisions/" + provision));
        for (JsonNode figure : row.get("systemEvidence")) {
            if (figure.get("measure").asString().equals(measure)) {
                return figure;
            }
        }
        throw new AssertionError("no " + measure + " figure for " + provision + ": " + row);
    }

    private static String start(Api manager) {
        return created(manager.post(BASE, Map.of("periodStart", "2023-04-01", "periodEnd", "2023-09-30")));
    }

    private static String received(Api api, String at) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", at);
        body.put("channel", "EMAIL");
        body.put("resident", Map.of("name", "Grace Hopper", "email", "grace@example.org"));
        body.put("description", "The lift has been broken for a month.");
        Api.Response response = api.post("/api/v1/complaints", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reference").asString();
    }

    private static String serviceRequest(Api api, String resident, String at) {
        return created(api.post(
                "/api/v1/service-requests",
                Map.of(
                        "residentId", resident,
                        "category", "REPAIRS",
                        "description", "Dripping tap",
                        "receivedAt", at,
                        "channel", "PHONE")));
    }

    private static Map<String, Object> acknowledgement(String at, String handler) {
        return Map.of(
                "acknowledgedAt",
                at,
                "handler",
                handler,
                "definition",
                Map.of("points", List.of(Map.of("summary", "The lift is broken", "outcomeSought", "Repair it"))));
    }

    private static Map<String, Object> response(String at, @Nullable String remedyDue) {
        Map<String, Object> body = new HashMap<>();
        body.put("respondedAt", at);
        body.put("findings", List.of(Map.of("point", 1, "upheld", true, "reasons", "The repair log shows it.")));
        if (remedyDue != null) {
            body.put(
                    "remedies",
                    List.of(Map.of(
                            "type",
                            "FINANCIAL",
                            "description",
                            "Compensation",
                            "amount",
                            "50.00",
                            "dueBy",
                            remedyDue)));
        }
        return body;
    }

    private static Map<String, Object> remedy(String type, @Nullable String amount, @Nullable String dueBy) {
        Map<String, Object> remedy = new HashMap<>();
        remedy.put("type", type);
        remedy.put("description", "Put right: " + type.toLowerCase(java.util.Locale.ROOT));
        if (amount != null) {
            remedy.put("amount", amount);
        }
        if (dueBy != null) {
            remedy.put("dueBy", dueBy);
        }
        return remedy;
    }

    private static String path(String reference, String command) {
        return "/api/v1/complaints/" + reference + "/" + command;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode ok201(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
