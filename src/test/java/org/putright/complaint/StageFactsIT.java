package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The stage facts reports count are written with every step taken through the API, and the
 * aggregate queries over them add up as worked out by hand.
 */
@PutrightIntegrationTest
class StageFactsIT {

    /** Only this test's complaints carry it, so other tests' complaints in the same database never count. */
    private static final String CATEGORY = "STAGE-FACTS-IT";

    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    private static final LocalDate AUGUST_31 = LocalDate.of(2024, 8, 31);

    @LocalServerPort
    int port;

    @Autowired
    StageFactQueries queries;

    Api hana;
    Api tom;

    @BeforeEach
    void staff() {
        Api admin = Api.at(port).asAdmin();
        hana = Api.at(port).as(handler(admin, "facts-hana"));
        tom = Api.at(port).as(handler(admin, "facts-tom"));
    }

    @Test
    void everyStepRewritesTheStageFactsAndTheyAddUp() {
        // A: received 00:30 BST on Friday 7 June 2024, which is still 6 June in UTC: its day is the 7th.
        String both = received("2024-06-07T00:30:00+01:00");
        ok(hana.post(path(both, "acknowledgement"), acknowledgement("2024-06-11T10:00:00+01:00", "facts-hana")));
        ok(hana.post(
                path(both, "extension"),
                Map.of("notifiedAt", "2024-06-24T16:00:00+01:00", "workingDays", 10, "reason", "Engineer's report")));
        ok(hana.post(
                path(both, "response"),
                Map.of(
                        "respondedAt", "2024-07-05T12:00:00+01:00",
                        "findings", List.of(finding(1, true), finding(2, false)),
                        "remedies",
                                List.of(Map.of(
                                        "type", "FINANCIAL",
                                        "description", "Compensation",
                                        "amount", "75.00",
                                        "dueBy", "2024-07-19")),
                        "outstandingActions",
                                List.of(Map.of(
                                        "description", "Replace the boiler",
                                        "owner", "facts-hana",
                                        "dueBy", "2024-08-30")))));
        ok(hana.post(path(both, "escalation"), Map.of("requestedAt", "2024-07-10T09:00:00+01:00")));
        ok(tom.post(path(both, "acknowledgement"), acknowledgement("2024-07-12T10:00:00+01:00", "facts-tom")));
        ok(tom.post(
                path(both, "response"),
                Map.of(
                        "respondedAt",
                        "2024-08-08T15:00:00+01:00",
                        "findings",
                        List.of(finding(1, true), finding(2, true)))));
        ok(tom.post(path(both, "closure"), Map.of("closedAt", "2024-08-09T09:00:00+01:00")));

        // B: refused the next day (2.1).
        String refused = received("2024-06-10T09:00:00+01:00");
        ok(hana.post(
                path(refused, "refusal"),
                Map.of(
                        "decidedAt",
                        "2024-06-11T09:00:00+01:00",
                        "ground",
                        "LEGAL_PROCEEDINGS",
                        "reasons",
                        "Court proceedings began in May.")));

        // C: answered late at stage 1 (due 27 June), then the escalation refused (5.11).
        String escalationRefused = received("2024-06-12T09:00:00+01:00");
        ok(hana.post(
                path(escalationRefused, "acknowledgement"),
                acknowledgement("2024-06-13T10:00:00+01:00", "facts-hana")));
        ok(hana.post(
                path(escalationRefused, "response"),
                Map.of(
                        "respondedAt",
                        "2024-06-28T10:00:00+01:00",
                        "findings",
                        List.of(finding(1, false), finding(2, false)))));
        ok(hana.post(path(escalationRefused, "escalation"), Map.of("requestedAt", "2024-07-01T09:00:00+01:00")));
        ok(hana.post(
                path(escalationRefused, "refusal"),
                Map.of(
                        "decidedAt",
                        "2024-07-02T09:00:00+01:00",
                        "ground",
                        "PREVIOUSLY_CONSIDERED",
                        "reasons",
                        "The same matter was answered in 2023.")));

        StageFactFilter period = StageFactFilter.started(JUNE_1, AUGUST_31).category(CATEGORY);
        List<StageFacts> facts = queries.list(period, 0, 100);
        assertThat(facts)
                .extracting(fact -> fact.reference().value() + "/" + fact.stage())
                .containsExactly(
                        both + "/1", refused + "/1", escalationRefused + "/1", escalationRefused + "/2", both + "/2");

        StageFacts first = facts.getFirst();
        assertThat(first.startedOn()).isEqualTo(LocalDate.of(2024, 6, 7));
        assertThat(first.acknowledgement().due()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(first.acknowledgement().onTime()).isTrue();
        assertThat(first.acknowledgement().definitionRecorded()).isTrue();
        assertThat(first.answer().dueBeforeExtensions()).isEqualTo(LocalDate.of(2024, 6, 25));
        assertThat(first.answer().due()).isEqualTo(LocalDate.of(2024, 7, 9));
        assertThat(first.answer().dueAllowed()).isEqualTo(LocalDate.of(2024, 7, 9));
        assertThat(first.extensions()).isEqualTo(new StageFacts.Extensions(1, 10, true, true, true));
        assertThat(first.answer().decision()).isEqualTo(Decision.PARTLY_UPHELD);
        assertThat(first.answer().letterIssued()).isTrue();
        assertThat(first.withinTimescale()).isTrue();
        assertThat(first.closedAt()).isNull();
        assertThat(first.handlerIndependent()).isNull();
        assertThat(first.followThrough().compensationOffered()).isEqualByComparingTo("75.00");
        assertThat(first.followThrough().actions()).isEqualTo(1);

        StageFacts stageTwo = facts.getLast();
        assertThat(stageTwo.handler()).isEqualTo("facts-tom");
        assertThat(stageTwo.handlerIndependent()).isTrue();
        assertThat(stageTwo.acknowledgement().due()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(stageTwo.answer().due()).isEqualTo(LocalDate.of(2024, 8, 9));
        assertThat(stageTwo.withinTimescale()).isTrue();
        assertThat(stageTwo.closedAt()).isNotNull();

        StageFacts refusal = facts.get(1);
        assertThat(refusal.refused())
                .isEqualTo(new StageFacts.Refused(
                        OffsetDateTime.parse("2024-06-11T09:00:00+01:00").toInstant(),
                        RefusalGround.LEGAL_PROCEEDINGS,
                        true,
                        true));
        assertThat(refusal.acknowledgement().at()).isNull();

        StageFacts late = facts.get(2);
        assertThat(late.answer().due()).isEqualTo(LocalDate.of(2024, 6, 27));
        assertThat(late.answer().onTime()).isFalse();
        assertThat(late.withinTimescale()).isFalse();
        assertThat(facts.get(3).refused())
                .isEqualTo(new StageFacts.Refused(
                        OffsetDateTime.parse("2024-07-02T09:00:00+01:00").toInstant(),
                        RefusalGround.PREVIOUSLY_CONSIDERED,
                        true,
                        true));

        List<StageTally> byStage = queries.tally(period, StageGrouping.STAGE);
        assertThat(byStage).extracting(StageTally::key).containsExactly("1", "2");
        StageTally one = byStage.get(0);
        assertThat(one.stages()).isEqualTo(3);
        assertThat(one.refused()).isEqualTo(1);
        assertThat(one.notRefused()).isEqualTo(2);
        assertThat(one.responded()).isEqualTo(2);
        assertThat(one.withinTimescale()).isEqualTo(1);
        assertThat(one.extended()).isEqualTo(1);
        assertThat(one.compensationOffered()).isEqualByComparingTo(new BigDecimal("75.00"));
        StageTally two = byStage.get(1);
        assertThat(two.stages()).isEqualTo(2);
        assertThat(two.refused()).isEqualTo(1);
        assertThat(two.closed()).isEqualTo(1);
        assertThat(two.handlerChecked()).isEqualTo(1);
        assertThat(two.handlerIndependent()).isEqualTo(1);

        // Counts of several filters in one statement agree with the tallies, each with its own
        // stage, refusal, timescale and day.
        StageFactFilter respondedInSummer =
                StageFactFilter.responded(JUNE_1, AUGUST_31).category(CATEGORY);
        assertThat(queries.counts(List.of(
                        period.stage(1).refused(false),
                        period.stage(2),
                        respondedInSummer.stage(1),
                        respondedInSummer.stage(1).withinTimescale(true),
                        respondedInSummer.stage(1).withinTimescale(false),
                        period.refused(true))))
                .containsExactly(
                        one.notRefused(),
                        two.stages(),
                        queries.total(respondedInSummer.stage(1)).responded(),
                        queries.total(respondedInSummer.stage(1)).withinTimescale(),
                        queries.total(respondedInSummer.stage(1)).responded()
                                - queries.total(respondedInSummer.stage(1)).withinTimescale(),
                        one.refused() + two.refused());
        assertThat(queries.count(period)).isEqualTo(one.stages() + two.stages());
        assertThat(queries.counts(List.of())).isEmpty();

        StageTally respondedInJune = queries.total(
                StageFactFilter.responded(JUNE_1, LocalDate.of(2024, 6, 30)).category(CATEGORY));
        assertThat(respondedInJune.responded()).isEqualTo(1);
        assertThat(respondedInJune.respondedOnTime()).isZero();
        assertThat(queries.tally(period.refused(true), StageGrouping.REFUSAL_GROUND))
                .extracting(StageTally::key, StageTally::stages)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LEGAL_PROCEEDINGS", 1L),
                        org.assertj.core.groups.Tuple.tuple("PREVIOUSLY_CONSIDERED", 1L));

        // A record is complete when its response and its refusal, where there is one, have their letters (5.12).
        long complete = facts.stream()
                .filter(fact -> (fact.answer().at() == null || fact.answer().letterIssued())
                        && (fact.refused() == null || fact.refused().letterIssued()))
                .count();
        assertThat(one.recordsComplete() + two.recordsComplete()).isEqualTo(complete);
        assertThat(one.refusalsWithReasonsAndLetter() + two.refusalsWithReasonsAndLetter())
                .isEqualTo(facts.stream()
                        .filter(fact -> fact.refused() != null
                                && fact.refused().reasonsGiven()
                                && fact.refused().letterIssued())
                        .count())
                .isPositive();

        // One pass grouped by several keys, counting some parts, rolls up to the full tally's counts;
        // the parts not asked for are zero.
        List<StageFactQueries.GroupTally> groups = queries.tally(
                period,
                List.of(StageGrouping.STAGE, StageGrouping.CHANNEL, StageGrouping.STARTED_MONTH),
                java.util.EnumSet.of(StageTally.Part.VOLUMES));
        StageTally stageOne = groups.stream()
                .filter(group -> "1".equals(group.key(0)))
                .map(StageFactQueries.GroupTally::tally)
                .reduce(StageTally.empty("1"), (sum, group) -> sum.plus("1", group));
        assertThat(stageOne.stages()).isEqualTo(one.stages());
        assertThat(stageOne.refused()).isEqualTo(one.refused());
        assertThat(stageOne.withdrawn()).isEqualTo(one.withdrawn());
        assertThat(stageOne.responded()).isZero();
        assertThat(groups).allSatisfy(group -> assertThat(group.key(1)).isEqualTo("EMAIL"));

        // Each extension issued its letter with the Ombudsman's details (6.5, 6.16), and the tally
        // counts the extended stages whose letters are all there.
        assertThat(facts.stream().filter(fact -> fact.extensions().count() > 0))
                .isNotEmpty()
                .allSatisfy(
                        fact -> assertThat(fact.extensions().lettersIssued()).isTrue());
        assertThat(one.extensionsWithLetters() + two.extensionsWithLetters())
                .isEqualTo(one.extended() + two.extended())
                .isEqualTo(facts.stream()
                        .filter(fact -> fact.extensions().count() > 0)
                        .count());
    }

    @Test
    void anEmptyPeriodTalliesToZero() {
        StageTally none = queries.total(StageFactFilter.started(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31)));
        assertThat(none.stages()).isZero();
        assertThat(none.compensationOffered()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private String received(String at) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", at);
        body.put("channel", "EMAIL");
        body.put("resident", Map.of("name", "Grace Hopper", "email", "grace@example.org"));
        body.put("description", "The lift has been broken for a month.");
        body.put("category", CATEGORY);
        Api.Response response = hana.post("/api/v1/complaints", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("reference").asString();
    }

    private static String path(String reference, String command) {
        return "/api/v1/complaints/" + reference + "/" + command;
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
                        List.of(
                                Map.of("summary", "The lift is broken", "outcomeSought", "Repair it"),
                                Map.of("summary", "Nobody called back", "outcomeSought", "An apology"))));
    }

    private static Map<String, Object> finding(int point, boolean upheld) {
        return Map.of("point", point, "upheld", upheld, "reasons", "The repair log shows it.");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String handler(Api admin, String username) {
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
