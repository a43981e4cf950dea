package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.putright.complaint.ComplaintFixtures.ACKNOWLEDGED_AT;
import static org.putright.complaint.ComplaintFixtures.ADMIN;
import static org.putright.complaint.ComplaintFixtures.ENGLAND;
import static org.putright.complaint.ComplaintFixtures.HANA;
import static org.putright.complaint.ComplaintFixtures.HOS_2024;
import static org.putright.complaint.ComplaintFixtures.INES;
import static org.putright.complaint.ComplaintFixtures.MARIA;
import static org.putright.complaint.ComplaintFixtures.NOW;
import static org.putright.complaint.ComplaintFixtures.RECEIVED_AT;
import static org.putright.complaint.ComplaintFixtures.RESPONDED_AT;
import static org.putright.complaint.ComplaintFixtures.STAGE_2_RESPONDED_AT;
import static org.putright.complaint.ComplaintFixtures.TOM;
import static org.putright.complaint.ComplaintFixtures.anHourAfterTheLastEvent;
import static org.putright.complaint.ComplaintFixtures.closedAfterStageTwo;
import static org.putright.complaint.ComplaintFixtures.definition;
import static org.putright.complaint.ComplaintFixtures.findings;
import static org.putright.complaint.ComplaintFixtures.inStatus;
import static org.putright.complaint.ComplaintFixtures.instant;
import static org.putright.complaint.ComplaintFixtures.received;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.putright.code.CodeRule;
import org.putright.code.ProvisionNumber;
import org.putright.code.RecordRule;
import org.putright.code.Rule;
import org.putright.code.RuleBroken;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Direction;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded.Party;
import org.putright.complaint.ComplaintEvent.IssueAdded;
import org.putright.complaint.Lifecycle.Step;
import org.putright.system.problem.InvalidInput;

/**
 * Every rule of the Complaint Handling Code the aggregate enforces, one test per rule, on real
 * dates. A refused step names the rule and the provision it cites (the stage 2 provision at stage
 * 2), and leaves the complaint exactly as it was: nothing is recorded, so the version is unchanged
 * (5.12).
 *
 * <p>The ordinary life the complaints here are taken from (see {@link ComplaintFixtures}): received
 * Monday 3 June 2024, acknowledged Wednesday 5 June (stage 1 response due Wednesday 19 June),
 * responded Friday 14 June, stage 2 asked for Thursday 20 June and acknowledged by tom on Monday 24
 * June (final response due Monday 22 July), final response Monday 15 July.
 */
class ComplaintRulesTest {

    /** A manager approves a financial remedy the day after the stage 1 response in these tests. */
    private static final Instant APPROVED_AT = instant("2024-06-20T10:00:00+01:00");

    // --- Refusal: a ground and individual reasons (2.1–2.5), and at stage 2 (5.11) ---------------

    @Test
    void refusesARefusalWithoutAGround() {
        Complaint complaint = inStatus(Status.RECEIVED);

        assertRefused(
                complaint,
                () -> complaint.refuse(at(complaint), null, "The matter is before the county court.", HANA, NOW),
                CodeRule.REFUSAL_WITHOUT_GROUND,
                "2.1");
    }

    @Test
    void refusesARefusalWithoutIndividualReasons() {
        Complaint complaint = inStatus(Status.RECEIVED);

        assertRefused(
                complaint,
                () -> complaint.refuse(at(complaint), RefusalGround.LEGAL_PROCEEDINGS, null, HANA, NOW),
                CodeRule.REFUSAL_WITHOUT_REASONS,
                "2.4");
        assertRefused(
                complaint,
                () -> complaint.refuse(at(complaint), RefusalGround.LEGAL_PROCEEDINGS, "  \n ", HANA, NOW),
                CodeRule.REFUSAL_WITHOUT_REASONS,
                "2.4");
    }

    @Test
    void refusesAnEscalationOnlyWithAGroundAndReasonsCitingTheStageTwoProvision() {
        Complaint complaint = inStatus(Status.STAGE_2_REQUESTED);
        Instant decidedAt = at(complaint);

        assertRefused(
                complaint,
                () -> complaint.refuse(decidedAt, null, "Already considered in full.", MARIA, NOW),
                CodeRule.REFUSAL_WITHOUT_GROUND,
                "5.11");
        assertRefused(
                complaint,
                () -> complaint.refuse(decidedAt, RefusalGround.PREVIOUSLY_CONSIDERED, " ", MARIA, NOW),
                CodeRule.REFUSAL_WITHOUT_REASONS,
                "5.11");

        complaint.refuse(
                decidedAt, RefusalGround.PREVIOUSLY_CONSIDERED, " The Ombudsman determined it in 2023. ", MARIA, NOW);

        assertThat(complaint.status()).isEqualTo(Status.REFUSED);
        assertThat(complaint.refusal())
                .isEqualTo(new Refusal(
                        2, decidedAt, RefusalGround.PREVIOUSLY_CONSIDERED, "The Ombudsman determined it in 2023."));
        // The stage 1 response stands; only the escalation was refused.
        assertThat(complaint.responses()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"RECEIVED", "STAGE_2_REQUESTED"})
    void refusesAComplaintOnReceiptOrAnEscalationOnRequest(Status status) {
        Complaint complaint = inStatus(status);
        Instant decidedAt = at(complaint);

        complaint.refuse(decidedAt, RefusalGround.OTHER, "Not about our services: a private landlord.", HANA, NOW);

        assertThat(complaint.status()).isEqualTo(Status.REFUSED);
        assertThat(complaint.refusal())
                .isEqualTo(new Refusal(
                        complaint.stage(),
                        decidedAt,
                        RefusalGround.OTHER,
                        "Not about our services: a private landlord."));
        assertThat(complaint.deadlines(ENGLAND, HOS_2024)).isEqualTo(Deadlines.NONE);
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"RECEIVED", "STAGE_2_REQUESTED"},
            mode = EnumSource.Mode.EXCLUDE)
    void refusesToRefuseOnceAComplaintIsAcknowledgedOrOver(Status status) {
        Complaint complaint = inStatus(status);

        assertRefused(
                complaint,
                () -> complaint.refuse(at(complaint), RefusalGround.OTHER, "Some reasons.", HANA, NOW),
                RecordRule.NOT_ALLOWED_IN_STATUS);
    }

    // --- The 12-month window and discretion (2.3) -----------------------------------------------

    @ParameterizedTest(name = "issue known {0}, received {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-06-07 | 2024-06-08T10:00:00+01:00 | 12 months and a day
            2023-06-07 | 2024-06-07T23:30:00Z      | 23:30 UTC on 7 June is 00:30 BST on 8 June in London
            2023-01-14 | 2024-01-15T23:30:00Z      | 23:30 GMT on 15 January is still 15 January
            2024-02-29 | 2025-03-01T09:00:00Z      | from a leap day: 12 months end on 28 February 2025
            2021-11-02 | 2024-06-07T10:00:00+01:00 | years old
            """)
    void refusesToAcknowledgeAnIssueOlderThanTwelveMonthsUntilDiscretionIsRecorded(
            LocalDate issueFirstKnownOn, String receivedAt, String why) {
        Complaint complaint = received(receivedAt, issueFirstKnownOn);
        Instant acknowledgedAt = anHourAfterTheLastEvent(complaint);
        Definition definition = definition("Damp in the bedroom");

        assertThat(complaint.isOlderThanTwelveMonths()).isTrue();
        assertRefused(
                complaint,
                () -> complaint.acknowledge(acknowledgedAt, "hana", definition, null, HANA, NOW),
                CodeRule.DISCRETION_NOT_DECIDED,
                "2.3");
        assertRefused(
                complaint,
                () -> complaint.acknowledge(acknowledgedAt, "hana", definition, "   ", HANA, NOW),
                CodeRule.DISCRETION_NOT_DECIDED,
                "2.3");

        complaint.acknowledge(
                acknowledgedAt, "hana", definition, " The resident was in hospital for most of the year. ", HANA, NOW);

        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_OPEN);
        assertThat(complaint.discretionReason()).isEqualTo("The resident was in hospital for most of the year.");
    }

    @ParameterizedTest(name = "issue known {0}, received {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-06-07 | 2024-06-07T10:00:00+01:00 | exactly 12 months
            2023-06-08 | 2024-06-07T23:30:00Z      | 00:30 BST on 8 June: exactly 12 months in London
            2023-01-15 | 2024-01-15T23:30:00Z      | 23:30 GMT on 15 January: exactly 12 months
            2024-02-29 | 2025-02-28T09:00:00Z      | from a leap day to 28 February 2025
            2024-05-20 | 2024-06-07T10:00:00+01:00 | a few weeks
            2024-06-07 | 2024-06-07T10:00:00+01:00 | the same day
            """)
    void acknowledgesAnIssueTwelveMonthsOldOrLessWithoutDiscretion(
            LocalDate issueFirstKnownOn, String receivedAt, String why) {
        Complaint complaint = received(receivedAt, issueFirstKnownOn);

        assertThat(complaint.isOlderThanTwelveMonths()).isFalse();
        complaint.acknowledge(
                anHourAfterTheLastEvent(complaint), "hana", definition("Damp in the bedroom"), null, HANA, NOW);

        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_OPEN);
        assertThat(complaint.discretionReason()).isNull();
    }

    // --- Acknowledgement with the complaint definition (5.6, 5.7) and stage 2 handler (6.13) ------

    @Test
    void refusesAnAcknowledgementWithoutADefinitionOfPointsAndOutcomesSought() {
        Complaint complaint = inStatus(Status.RECEIVED);
        Instant acknowledgedAt = at(complaint);

        for (Definition missing : List.of(
                new Definition(List.of(), List.of()),
                new Definition(List.of(new Definition.Point(1, "The boiler is broken", " ")), List.of()),
                new Definition(List.of(new Definition.Point(1, "", "Repair the boiler")), List.of()),
                new Definition(
                        List.of(
                                new Definition.Point(1, "The boiler is broken", "Repair the boiler"),
                                new Definition.Point(2, "Nobody called back", "")),
                        List.of()))) {
            assertRefused(
                    complaint,
                    () -> complaint.acknowledge(acknowledgedAt, "hana", missing, null, HANA, NOW),
                    CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION,
                    "5.6");
        }

        // The stage 2 acknowledgement restates the definition, so it needs one too.
        Complaint escalated = inStatus(Status.STAGE_2_REQUESTED);
        assertRefused(
                escalated,
                () -> escalated.acknowledge(at(escalated), "tom", new Definition(List.of(), List.of()), null, TOM, NOW),
                CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION,
                "5.6");
    }

    @Test
    void refusesAnAcknowledgementThatExcludesAnAspectWithoutSayingWhoIsResponsible() {
        Complaint complaint = inStatus(Status.RECEIVED);
        Instant acknowledgedAt = at(complaint);
        List<Definition.PointText> points =
                List.of(new Definition.PointText("Noise from the flat above", "Stop the noise"));

        for (Definition.NotResponsible unclear : List.of(
                new Definition.NotResponsible("The neighbour's own tenancy", " "),
                new Definition.NotResponsible("", "The freeholder"))) {
            Definition definition = Definition.numbered(points, List.of(unclear));
            assertRefused(
                    complaint,
                    () -> complaint.acknowledge(acknowledgedAt, "hana", definition, null, HANA, NOW),
                    CodeRule.RESPONSIBILITY_UNCLEAR,
                    "5.7");
        }

        Definition clear = Definition.numbered(
                points, List.of(new Definition.NotResponsible("The neighbour's own tenancy", "Westway Homes")));
        complaint.acknowledge(acknowledgedAt, "hana", clear, null, HANA, NOW);

        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_OPEN);
        assertThat(complaint.definition()).isEqualTo(clear);
        assertThat(complaint.handler(1)).isEqualTo("hana");
    }

    @Test
    void refusesAStageTwoHandlerWhoHandledStageOne() {
        Complaint complaint = inStatus(Status.STAGE_2_REQUESTED);
        Instant acknowledgedAt = at(complaint);
        Definition definition = definition("Stage 1 ignored the damp report");

        assertRefused(
                complaint,
                () -> complaint.acknowledge(acknowledgedAt, "hana", definition, null, MARIA, NOW),
                CodeRule.STAGE_TWO_HANDLER_NOT_INDEPENDENT,
                "6.13");

        complaint.acknowledge(acknowledgedAt, "tom", definition, null, MARIA, NOW);

        assertThat(complaint.status()).isEqualTo(Status.STAGE_2_OPEN);
        assertThat(complaint.handler(1)).isEqualTo("hana");
        assertThat(complaint.handler(2)).isEqualTo("tom");
        assertThat(complaint.definition()).isEqualTo(definition);
    }

    // --- Extensions (6.4, 6.15) --------------------------------------------------------------------

    @Test
    void refusesAnExtensionWithoutAReason() {
        Complaint stageOne = inStatus(Status.STAGE_1_OPEN);
        assertRefused(
                stageOne,
                () -> stageOne.extend(at(stageOne), 5, null, null, ENGLAND, HOS_2024, HANA, NOW),
                CodeRule.EXTENSION_WITHOUT_REASON,
                "6.4");
        assertRefused(
                stageOne,
                () -> stageOne.extend(at(stageOne), 5, " ", null, ENGLAND, HOS_2024, HANA, NOW),
                CodeRule.EXTENSION_WITHOUT_REASON,
                "6.4");

        Complaint stageTwo = inStatus(Status.STAGE_2_OPEN);
        assertRefused(
                stageTwo,
                () -> stageTwo.extend(at(stageTwo), 5, "", null, ENGLAND, HOS_2024, TOM, NOW),
                CodeRule.EXTENSION_WITHOUT_REASON,
                "6.15");
    }

    @Test
    void refusesAnExtensionOfNoWorkingDays() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);

        assertInvalid(
                complaint,
                () -> complaint.extend(
                        at(complaint), 0, "Waiting for the surveyor.", null, ENGLAND, HOS_2024, HANA, NOW),
                "workingDays");
    }

    @Test
    void extendsAResponseNotifiedOnTheDayOfTheDeadlineItself() {
        // Due Wednesday 19 June 2024; 22:30 UTC is 23:30 BST, still the 19th in London.
        Complaint summer = inStatus(Status.STAGE_1_OPEN);
        assertThat(summer.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 6, 19));

        summer.extend(
                instant("2024-06-19T22:30:00Z"),
                5,
                "The surveyor's report is due next week.",
                null,
                ENGLAND,
                HOS_2024,
                HANA,
                NOW);

        // Five working days after Wednesday 19 June: Wednesday 26 June.
        assertThat(summer.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 6, 26));
        assertThat(summer.extensions())
                .containsExactly(new Extension(
                        1, instant("2024-06-19T22:30:00Z"), 5, "The surveyor's report is due next week.", null));

        // In winter 23:30 UTC is 23:30 GMT: acknowledged Monday 2 December 2024, due Monday 16 December.
        Complaint winter = received("2024-11-29T10:00:00Z");
        winter.acknowledge(instant("2024-12-02T10:00:00Z"), "hana", definition("Heating"), null, HANA, NOW);
        assertThat(winter.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 12, 16));

        winter.extend(instant("2024-12-16T23:30:00Z"), 1, "The contractor is ill.", null, ENGLAND, HOS_2024, HANA, NOW);

        assertThat(winter.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 12, 17));
    }

    @Test
    void refusesAnExtensionNotifiedAfterTheDeadline() {
        // Due Wednesday 19 June 2024; 23:30 UTC on the 19th is 00:30 BST on Thursday the 20th.
        Complaint stageOne = inStatus(Status.STAGE_1_OPEN);
        for (String late : List.of("2024-06-19T23:30:00Z", "2024-06-20T09:00:00+01:00")) {
            assertRefused(
                    stageOne,
                    () -> stageOne.extend(
                            instant(late), 5, "The surveyor is away.", null, ENGLAND, HOS_2024, HANA, NOW),
                    CodeRule.EXTENSION_AFTER_DEADLINE,
                    "6.4");
        }

        // Stage 2 is due Monday 22 July 2024; 23:30 UTC that night is Tuesday in London.
        Complaint stageTwo = inStatus(Status.STAGE_2_OPEN);
        assertThat(stageTwo.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 7, 22));
        assertRefused(
                stageTwo,
                () -> stageTwo.extend(
                        instant("2024-07-22T23:30:00Z"), 5, "Legal advice awaited.", null, ENGLAND, HOS_2024, TOM, NOW),
                CodeRule.EXTENSION_AFTER_DEADLINE,
                "6.15");
    }

    @Test
    void capsTheSumOfAStageOnesExtensionsAtTenWorkingDaysUnlessThereIsAGoodReason() {
        Complaint withinCap = inStatus(Status.STAGE_1_OPEN);
        withinCap.extend(
                instant("2024-06-18T10:00:00+01:00"), 5, "Surveyor booked.", null, ENGLAND, HOS_2024, HANA, NOW);
        withinCap.extend(instant("2024-06-25T10:00:00+01:00"), 5, "Report late.", null, ENGLAND, HOS_2024, HANA, NOW);
        assertThat(withinCap.extensions()).extracting(Extension::workingDays).containsExactly(5, 5);

        Complaint beyondCap = inStatus(Status.STAGE_1_OPEN);
        beyondCap.extend(
                instant("2024-06-18T10:00:00+01:00"), 5, "Surveyor booked.", null, ENGLAND, HOS_2024, HANA, NOW);
        Instant secondAt = instant("2024-06-25T10:00:00+01:00");
        assertRefused(
                beyondCap,
                () -> beyondCap.extend(secondAt, 6, "Report late.", null, ENGLAND, HOS_2024, HANA, NOW),
                CodeRule.EXTENSION_BEYOND_CAP,
                "6.4");
        assertRefused(
                beyondCap,
                () -> beyondCap.extend(secondAt, 6, "Report late.", "  ", ENGLAND, HOS_2024, HANA, NOW),
                CodeRule.EXTENSION_BEYOND_CAP,
                "6.4");

        beyondCap.extend(
                secondAt,
                6,
                "Report late.",
                " The structural engineer must inspect the party wall first. ",
                ENGLAND,
                HOS_2024,
                HANA,
                NOW);

        assertThat(beyondCap.extensions().getLast().goodReason())
                .isEqualTo("The structural engineer must inspect the party wall first.");
        // 19 June + 5 = 26 June; + 6 = Thursday 4 July.
        assertThat(beyondCap.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 7, 4));
    }

    @Test
    void capsTheSumOfAStageTwosExtensionsAtTwentyWorkingDaysUnlessThereIsAGoodReason() {
        // Stage 1 extensions do not count towards the stage 2 cap.
        Complaint complaint = received(RECEIVED_AT);
        complaint.acknowledge(instant(ACKNOWLEDGED_AT), "hana", definition("Boiler"), null, HANA, NOW);
        complaint.extend(
                instant("2024-06-18T10:00:00+01:00"), 10, "Parts on order.", null, ENGLAND, HOS_2024, HANA, NOW);
        complaint.respond(instant("2024-06-28T12:00:00+01:00"), findings(false), List.of(), List.of(), HANA, NOW);
        complaint.escalate(instant("2024-07-01T09:00:00+01:00"), null, Actor.resident(), NOW);
        complaint.acknowledge(instant("2024-07-03T10:00:00+01:00"), "tom", definition("Boiler"), null, TOM, NOW);
        complaint.extend(instant("2024-07-10T10:00:00+01:00"), 10, "Expert report.", null, ENGLAND, HOS_2024, TOM, NOW);
        complaint.extend(
                instant("2024-07-17T10:00:00+01:00"), 10, "Expert delayed.", null, ENGLAND, HOS_2024, TOM, NOW);

        Instant thirdAt = instant("2024-07-24T10:00:00+01:00");
        assertRefused(
                complaint,
                () -> complaint.extend(thirdAt, 1, "One more day.", null, ENGLAND, HOS_2024, TOM, NOW),
                CodeRule.EXTENSION_BEYOND_CAP,
                "6.15");

        complaint.extend(
                thirdAt, 1, "One more day.", "The resident asked to add new evidence.", ENGLAND, HOS_2024, TOM, NOW);

        assertThat(complaint.extensions())
                .extracting(Extension::stage, Extension::workingDays)
                .containsExactly(tuple(1, 10), tuple(2, 10), tuple(2, 10), tuple(2, 1));
    }

    @Test
    void chainsEachExtensionFromTheDeadlineItExtendsAcrossBankHolidays() {
        // Acknowledged Friday 6 December 2024: due Friday 20 December.
        Complaint complaint = received("2024-12-04T10:00:00Z");
        complaint.acknowledge(instant("2024-12-06T10:00:00Z"), "hana", definition("Leaking roof"), null, HANA, NOW);
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 12, 20));

        // Five working days after Friday 20 December, skipping Christmas Day and Boxing Day
        // (Wednesday 25, Thursday 26): 23, 24, 27, 30, 31 December.
        complaint.extend(instant("2024-12-20T16:00:00Z"), 5, "Roofer booked.", null, ENGLAND, HOS_2024, HANA, NOW);
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2024, 12, 31));

        // The second extension counts from Tuesday 31 December, skipping New Year's Day: 2, 3, 6,
        // 7, 8 January 2025. It is told on the 31st itself, at 23:30 GMT.
        complaint.extend(
                instant("2024-12-31T23:30:00Z"), 5, "Scaffolding delayed.", null, ENGLAND, HOS_2024, HANA, NOW);
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2025, 1, 8));
    }

    // --- Responses: a finding with reasons on every point (6.7, 6.18) ------------------------------

    @Test
    void refusesAResponseThatLeavesAPointWithoutAFinding() {
        Complaint stageOne = inStatus(Status.STAGE_1_OPEN);
        assertRefused(
                stageOne,
                () -> stageOne.respond(at(stageOne), findings(true), List.of(), List.of(), HANA, NOW),
                CodeRule.POINT_WITHOUT_FINDING,
                "6.7");
        assertRefused(
                stageOne,
                () -> stageOne.respond(at(stageOne), List.of(), List.of(), List.of(), HANA, NOW),
                CodeRule.POINT_WITHOUT_FINDING,
                "6.7");

        Complaint stageTwo = inStatus(Status.STAGE_2_OPEN);
        assertRefused(
                stageTwo,
                () -> stageTwo.respond(
                        at(stageTwo),
                        List.of(new Finding(2, true, "The offer was below our policy.")),
                        List.of(),
                        List.of(),
                        TOM,
                        NOW),
                CodeRule.POINT_WITHOUT_FINDING,
                "6.18");
    }

    @Test
    void refusesAFindingWithoutReasons() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);

        assertRefused(
                complaint,
                () -> complaint.respond(
                        at(complaint),
                        List.of(new Finding(1, true, "The repair took 21 days."), new Finding(2, false, " ")),
                        List.of(),
                        List.of(),
                        HANA,
                        NOW),
                CodeRule.POINT_WITHOUT_FINDING,
                "6.7");
    }

    @Test
    void refusesAFindingOnAPointTheDefinitionDoesNotHave() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);
        List<Finding> withAStranger = new ArrayList<>(findings(true, false));
        withAStranger.add(new Finding(3, true, "About something nobody raised."));

        assertRefused(
                complaint,
                () -> complaint.respond(at(complaint), withAStranger, List.of(), List.of(), HANA, NOW),
                CodeRule.POINT_WITHOUT_FINDING,
                "6.7");
    }

    @Test
    void refusesTwoFindingsOnOnePoint() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);

        assertRefused(
                complaint,
                () -> complaint.respond(
                        at(complaint),
                        List.of(
                                new Finding(1, true, "The repair took 21 days."),
                                new Finding(2, false, "Calls were returned."),
                                new Finding(1, false, "The repair was on time.")),
                        List.of(),
                        List.of(),
                        HANA,
                        NOW),
                CodeRule.POINT_WITHOUT_FINDING,
                "6.7");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'true', UPHELD",
        "'true,true,true', UPHELD",
        "'false', NOT_UPHELD",
        "'false,false,false', NOT_UPHELD",
        "'true,false,true', PARTLY_UPHELD",
        "'false,false,true', PARTLY_UPHELD"
    })
    void decidesFromTheFindings(String upheld, Decision decision) {
        boolean[] perPoint = new boolean[upheld.split(",").length];
        String[] points = new String[perPoint.length];
        for (int i = 0; i < perPoint.length; i++) {
            perPoint[i] = Boolean.parseBoolean(upheld.split(",")[i]);
            points[i] = "Point " + (i + 1);
        }
        Complaint complaint = received(RECEIVED_AT);
        complaint.acknowledge(instant(ACKNOWLEDGED_AT), "hana", definition(points), null, HANA, NOW);

        // Findings given in reverse order are kept in the order of the points.
        List<Finding> reversed = new ArrayList<>(findings(perPoint));
        Collections.reverse(reversed);
        complaint.respond(instant(RESPONDED_AT), reversed, List.of(), List.of(), HANA, NOW);

        Response response = complaint.responses().getFirst();
        assertThat(response.decision()).isEqualTo(decision);
        assertThat(response.findings()).isEqualTo(findings(perPoint));
        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_RESPONDED);
    }

    // --- Escalation without reasons (6.12), and no third stage (5.3) -------------------------------

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"STAGE_1_RESPONDED", "CLOSED"})
    void escalatesAStageOneResponseWithoutAReason(Status status) {
        Complaint complaint = inStatus(status);
        Instant requestedAt = instant("2024-06-20T09:00:00+01:00");

        complaint.escalate(requestedAt, null, Actor.resident(), NOW);

        assertThat(complaint.status()).isEqualTo(Status.STAGE_2_REQUESTED);
        assertThat(complaint.stage()).isEqualTo(2);
        assertThat(complaint.escalationRequestedAt()).isEqualTo(requestedAt);
        assertThat(complaint.escalationReason()).isNull();
        // Thursday 20 June 2024 + 5 working days.
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).acknowledgeBy()).isEqualTo(LocalDate.of(2024, 6, 27));

        Complaint blank = inStatus(status);
        blank.escalate(requestedAt, "  ", Actor.resident(), NOW);
        assertThat(blank.escalationReason()).isNull();

        Complaint withReason = inStatus(status);
        withReason.escalate(requestedAt, " The boiler is still broken. ", Actor.resident(), NOW);
        assertThat(withReason.escalationReason()).isEqualTo("The boiler is still broken.");
    }

    @Test
    void refusesAThirdStage() {
        Complaint responded = inStatus(Status.STAGE_2_RESPONDED);
        assertRefused(
                responded,
                () -> responded.escalate(at(responded), "Still unhappy.", Actor.resident(), NOW),
                CodeRule.NO_THIRD_STAGE,
                "5.3");

        Complaint closed = closedAfterStageTwo();
        assertRefused(
                closed, () -> closed.escalate(at(closed), null, Actor.resident(), NOW), CodeRule.NO_THIRD_STAGE, "5.3");
    }

    // --- Remedies: what and by when (7.3), approval over a limit (7.4) -----------------------------

    @Test
    void refusesAFinancialRemedyWithoutADueDate() {
        Complaint stageOne = inStatus(Status.STAGE_1_OPEN);
        RemedyOffer noDueDate =
                new RemedyOffer(RemedyType.FINANCIAL, "For the time without heating", new BigDecimal("50.00"), null);

        assertRefused(
                stageOne,
                () -> stageOne.respond(at(stageOne), findings(true, true), List.of(noDueDate), List.of(), HANA, NOW),
                CodeRule.REMEDY_WITHOUT_DUE_DATE,
                "7.3");

        Complaint stageTwo = inStatus(Status.STAGE_2_OPEN);
        assertRefused(
                stageTwo,
                () -> stageTwo.respond(at(stageTwo), findings(true, true), List.of(noDueDate), List.of(), TOM, NOW),
                CodeRule.REMEDY_WITHOUT_DUE_DATE,
                "7.3");
    }

    @Test
    void refusesAFinancialRemedyWithoutAnAmountAboveZero() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);
        LocalDate dueBy = LocalDate.of(2024, 6, 28);

        for (RemedyOffer offer : List.of(
                new RemedyOffer(RemedyType.FINANCIAL, "For the time without heating", null, dueBy),
                new RemedyOffer(RemedyType.FINANCIAL, "For the time without heating", BigDecimal.ZERO, dueBy),
                new RemedyOffer(
                        RemedyType.FINANCIAL, "For the time without heating", new BigDecimal("-25.00"), dueBy))) {
            assertInvalid(
                    complaint,
                    () -> complaint.respond(at(complaint), findings(true, true), List.of(offer), List.of(), HANA, NOW),
                    "remedies.amount");
        }
    }

    @Test
    void recordsAFinancialRemedyAboveTheHandlersLimitAsAwaitingApprovalAndStillIssuesTheResponse() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);
        LocalDate dueBy = LocalDate.of(2024, 6, 28);

        complaint.respond(
                instant(RESPONDED_AT),
                findings(true, true),
                List.of(
                        new RemedyOffer(RemedyType.FINANCIAL, "At the limit", new BigDecimal("100.00"), dueBy),
                        new RemedyOffer(RemedyType.FINANCIAL, "Over the limit", new BigDecimal("100.01"), dueBy),
                        new RemedyOffer(RemedyType.APOLOGY, "A written apology", null, null)),
                List.of(),
                HANA,
                NOW);

        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_RESPONDED);
        assertThat(complaint.remedies())
                .extracting(Remedy::description, Remedy::status, Remedy::approvedBy)
                .containsExactly(
                        tuple("At the limit", Remedy.Status.AGREED, "hana"),
                        tuple("Over the limit", Remedy.Status.AWAITING_APPROVAL, null),
                        tuple("A written apology", Remedy.Status.AGREED, "hana"));
    }

    @Test
    void refusesApprovalBySomeoneWhoseLimitDoesNotCoverTheRemedy() {
        Complaint complaint = respondedWithRemedyOf("250.00");
        UUID remedy = complaint.remedies().getFirst().id();

        assertRefused(
                complaint,
                () -> complaint.approveRemedy(remedy, APPROVED_AT, TOM, NOW),
                CodeRule.FINANCIAL_REMEDY_NEEDS_APPROVAL,
                "7.4");
        assertThat(complaint.remedies().getFirst().status()).isEqualTo(Remedy.Status.AWAITING_APPROVAL);
    }

    @Test
    void approvesARemedyBySomeoneWhoseLimitCoversIt() {
        Complaint complaint = respondedWithRemedyOf("250.00");
        UUID remedy = complaint.remedies().getFirst().id();

        complaint.approveRemedy(remedy, APPROVED_AT, MARIA, NOW);

        Remedy approved = complaint.remedies().getFirst();
        assertThat(approved.status()).isEqualTo(Remedy.Status.AGREED);
        assertThat(approved.approvedBy()).isEqualTo("maria");
        assertThat(approved.approvedAt()).isEqualTo(APPROVED_AT);
        // Approved once; it is not awaiting approval any more.
        assertRefused(
                complaint,
                () -> complaint.approveRemedy(remedy, APPROVED_AT, MARIA, NOW),
                RecordRule.NOT_ALLOWED_IN_STATUS);
    }

    @Test
    void treatsANullCompensationLimitAsNoLimit() {
        Complaint agreedAlone = inStatus(Status.STAGE_1_OPEN);
        agreedAlone.respond(
                instant(RESPONDED_AT),
                findings(true, true),
                List.of(new RemedyOffer(
                        RemedyType.FINANCIAL,
                        "Damaged furniture",
                        new BigDecimal("25000.00"),
                        LocalDate.of(2024, 7, 1))),
                List.of(),
                ADMIN,
                NOW);
        assertThat(agreedAlone.remedies().getFirst().status()).isEqualTo(Remedy.Status.AGREED);

        Complaint approvedByAdmin = respondedWithRemedyOf("25000.00");
        approvedByAdmin.approveRemedy(approvedByAdmin.remedies().getFirst().id(), APPROVED_AT, ADMIN, NOW);
        assertThat(approvedByAdmin.remedies().getFirst().approvedBy()).isEqualTo("admin");
    }

    @Test
    void completesAnAgreedRemedyOnce() {
        Complaint complaint = respondedWithRemedyOf("250.00");
        UUID remedy = complaint.remedies().getFirst().id();
        Instant paidAt = instant("2024-06-21T15:00:00+01:00");

        assertRefused(
                complaint,
                () -> complaint.completeRemedy(remedy, paidAt, "Paid by BACS", HANA, NOW),
                RecordRule.NOT_ALLOWED_IN_STATUS);

        complaint.approveRemedy(remedy, APPROVED_AT, MARIA, NOW);
        complaint.completeRemedy(remedy, paidAt, " Paid by BACS ", HANA, NOW);

        assertThat(complaint.remedies().getFirst().status()).isEqualTo(Remedy.Status.COMPLETED);
        assertThat(complaint.remedies().getFirst().completedAt()).isEqualTo(paidAt);
        assertThat(complaint.remedies().getFirst().overdueOn(LocalDate.of(2024, 12, 1)))
                .isFalse();
        assertRefused(
                complaint,
                () -> complaint.completeRemedy(remedy, paidAt, "Paid again", HANA, NOW),
                RecordRule.NOT_ALLOWED_IN_STATUS);
    }

    // --- Outstanding actions: owner, due date, updates (6.6, 6.17) ---------------------------------

    @Test
    void refusesAnOutstandingActionWithoutAnOwnerOrADueDate() {
        Complaint stageOne = inStatus(Status.STAGE_1_OPEN);
        for (ActionPlan untracked : List.of(
                new ActionPlan("Replace the boiler", null, LocalDate.of(2024, 8, 30)),
                new ActionPlan("Replace the boiler", " ", LocalDate.of(2024, 8, 30)),
                new ActionPlan("Replace the boiler", "hana", null))) {
            assertRefused(
                    stageOne,
                    () -> stageOne.respond(
                            at(stageOne), findings(true, true), List.of(), List.of(untracked), HANA, NOW),
                    CodeRule.OUTSTANDING_ACTION_UNTRACKED,
                    "6.6");
        }

        Complaint stageTwo = inStatus(Status.STAGE_2_OPEN);
        assertRefused(
                stageTwo,
                () -> stageTwo.respond(
                        at(stageTwo),
                        findings(true, true),
                        List.of(),
                        List.of(new ActionPlan("Review the repairs policy", null, null)),
                        TOM,
                        NOW),
                CodeRule.OUTSTANDING_ACTION_UNTRACKED,
                "6.17");
    }

    @Test
    void tracksAnOutstandingActionThroughUpdatesToCompletion() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);
        complaint.respond(
                instant(RESPONDED_AT),
                findings(true, true),
                List.of(),
                List.of(new ActionPlan("Replace the boiler", "hana", LocalDate.of(2024, 8, 30))),
                HANA,
                NOW);
        UUID action = complaint.outstandingActions().getFirst().id();
        assertThat(complaint.outstandingActions().getFirst().overdueOn(LocalDate.of(2024, 8, 31)))
                .isTrue();

        complaint.updateAction(action, instant("2024-07-01T10:00:00+01:00"), "Boiler ordered", false, TOM, NOW);
        complaint.updateAction(action, instant("2024-08-20T16:00:00+01:00"), "Boiler fitted", true, HANA, NOW);

        OutstandingAction done = complaint.outstandingActions().getFirst();
        assertThat(done.updates())
                .extracting(OutstandingAction.Update::by, OutstandingAction.Update::note)
                .containsExactly(tuple("tom", "Boiler ordered"), tuple("hana", "Boiler fitted"));
        assertThat(done.completedAt()).isEqualTo(instant("2024-08-20T16:00:00+01:00"));
        assertThat(done.overdueOn(LocalDate.of(2024, 8, 31))).isFalse();
        assertRefused(
                complaint,
                () -> complaint.updateAction(
                        action, instant("2024-08-21T10:00:00+01:00"), "Checked again", false, HANA, NOW),
                RecordRule.NOT_ALLOWED_IN_STATUS);
    }

    // --- Additional issues (6.8) -------------------------------------------------------------------

    @Test
    void joinsARelatedIssueRaisedBeforeTheStageOneResponseToTheDefinitionAsANewPoint() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);

        boolean joined = complaint.addIssue(
                instant("2024-06-07T10:00:00+01:00"), " Mould from the leak ", " Treat the mould ", true, HANA, NOW);

        assertThat(joined).isTrue();
        assertThat(pointsOf(complaint))
                .extracting(Definition.Point::number, Definition.Point::summary)
                .containsExactly(
                        tuple(1, "Boiler repair delay"), tuple(2, "No call back"), tuple(3, "Mould from the leak"));
        // The new point needs its finding like the others (6.7).
        assertRefused(
                complaint,
                () -> complaint.respond(at(complaint), findings(true, true), List.of(), List.of(), HANA, NOW),
                CodeRule.POINT_WITHOUT_FINDING,
                "6.7");
        complaint.respond(at(complaint), findings(true, true, false), List.of(), List.of(), HANA, NOW);
        assertThat(complaint.status()).isEqualTo(Status.STAGE_1_RESPONDED);
    }

    @Test
    void refusesARelatedIssueThatWouldJoinTheDefinitionWithoutTheOutcomeSought() {
        // Every point of the definition carries the outcome sought (5.6), however it got there.
        for (Status beforeTheResponse : List.of(Status.RECEIVED, Status.STAGE_1_OPEN)) {
            Complaint complaint = inStatus(beforeTheResponse);
            assertInvalid(
                    complaint,
                    () -> complaint.addIssue(at(complaint), "Mould from the leak", " ", true, HANA, NOW),
                    "outcomeSought");
        }
    }

    @Test
    void keepsARelatedIssueRaisedBeforeAcknowledgementPendingForTheDefinition() {
        Complaint complaint = inStatus(Status.RECEIVED);
        Instant raisedAt = instant("2024-06-04T08:00:00+01:00");

        boolean joined = complaint.addIssue(raisedAt, "Mould from the leak", "Treat the mould", true, HANA, NOW);

        assertThat(joined).isTrue();
        assertThat(complaint.status()).isEqualTo(Status.RECEIVED);
        assertThat(complaint.definition()).isNull();
        assertThat(complaint.pendingIssues())
                .containsExactly(new IssueAdded(raisedAt, "Mould from the leak", "Treat the mould", null));
    }

    @Test
    void leavesAnUnrelatedIssueForTheCallerToLogAsANewComplaint() {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);
        Instant raisedAt = instant("2024-06-07T10:00:00+01:00");
        Snapshot before = Snapshot.of(complaint);

        boolean joined =
                complaint.addIssue(raisedAt, "A neighbour's dog barks", "Speak to the neighbour", false, HANA, NOW);

        assertThat(joined).isFalse();
        assertThat(Snapshot.of(complaint)).isEqualTo(before);

        ComplaintReference logged = ComplaintReference.of(2024, 999_001);
        complaint.issueRaisedSeparately(raisedAt, "A neighbour's dog barks", logged, HANA, NOW);
        assertThat(complaint.relatedComplaints()).containsExactly(logged.value());
        assertThat(pointsOf(complaint)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"STAGE_1_RESPONDED", "STAGE_2_REQUESTED", "STAGE_2_OPEN", "STAGE_2_RESPONDED", "CLOSED"})
    void leavesARelatedIssueRaisedAfterTheStageOneResponseForTheCallerToLogAsANewComplaint(Status status) {
        Complaint complaint = inStatus(status);
        Snapshot before = Snapshot.of(complaint);

        boolean joined = complaint.addIssue(at(complaint), "The new boiler is noisy", "Fix the noise", true, HANA, NOW);

        assertThat(joined).isFalse();
        assertThat(Snapshot.of(complaint)).isEqualTo(before);
    }

    // --- Time: nothing in the future, nothing before what it follows -------------------------------

    @Test
    void refusesAStepDatedMoreThanAMinuteInTheFuture() {
        Complaint complaint = received("2026-11-23T11:00:00Z");
        Definition definition = definition("Boiler");

        assertRefused(
                complaint,
                () -> complaint.acknowledge(NOW.plusSeconds(61), "hana", definition, null, HANA, NOW),
                RecordRule.DATED_IN_FUTURE);
        assertRefused(
                complaint,
                () -> complaint.recordCorrespondence(
                        NOW.plusSeconds(3600), Direction.IN, Party.RESIDENT, "phone", "Chasing", "", HANA, NOW),
                RecordRule.DATED_IN_FUTURE);
        assertThatThrownBy(() -> received("2026-11-23T12:05:00Z"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(RecordRule.DATED_IN_FUTURE));

        // 30 seconds ahead is clock skew between the client and the server, not the future.
        complaint.acknowledge(NOW.plusSeconds(30), "hana", definition, null, HANA, NOW);
        assertThat(complaint.acknowledgedAt(1)).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void refusesAStepDatedBeforeTheStepItFollows() {
        Complaint received = inStatus(Status.RECEIVED);
        assertRefused(
                received,
                () -> received.acknowledge(
                        instant(RECEIVED_AT).minusSeconds(1), "hana", definition("Boiler"), null, HANA, NOW),
                RecordRule.TIME_ORDER);
        assertRefused(
                received,
                () -> received.recordCorrespondence(
                        instant("2024-06-02T10:00:00+01:00"),
                        Direction.IN,
                        Party.RESIDENT,
                        "email",
                        "Before the complaint",
                        "",
                        HANA,
                        NOW),
                RecordRule.TIME_ORDER);

        Complaint open = inStatus(Status.STAGE_1_OPEN);
        assertRefused(
                open,
                () -> open.respond(
                        instant("2024-06-05T09:59:00+01:00"), findings(true, true), List.of(), List.of(), HANA, NOW),
                RecordRule.TIME_ORDER);
        assertRefused(
                open,
                () -> open.extend(
                        instant("2024-06-04T10:00:00+01:00"), 5, "Reason.", null, ENGLAND, HOS_2024, HANA, NOW),
                RecordRule.TIME_ORDER);

        Complaint responded = respondedWithRemedyOf("250.00");
        UUID remedy = responded.remedies().getFirst().id();
        responded.approveRemedy(remedy, APPROVED_AT, MARIA, NOW);
        assertRefused(
                responded,
                () -> responded.escalate(instant("2024-06-14T11:00:00+01:00"), null, Actor.resident(), NOW),
                RecordRule.TIME_ORDER);
        assertRefused(
                responded,
                () -> responded.completeRemedy(remedy, instant("2024-06-13T10:00:00+01:00"), "Paid", HANA, NOW),
                RecordRule.TIME_ORDER);

        Complaint stageTwo = inStatus(Status.STAGE_2_REQUESTED);
        assertRefused(
                stageTwo,
                () -> stageTwo.acknowledge(
                        instant("2024-06-19T10:00:00+01:00"), "tom", definition("Boiler"), null, TOM, NOW),
                RecordRule.TIME_ORDER);
    }

    // --- The record: correspondence at any time (5.12) ---------------------------------------------

    @ParameterizedTest
    @EnumSource(Status.class)
    void recordsCorrespondenceInAnyStatus(Status status) {
        Complaint complaint = inStatus(status);
        int version = complaint.version();

        complaint.recordCorrespondence(
                anHourAfterTheLastEvent(complaint),
                Direction.OUT,
                Party.CONTRACTOR,
                "email",
                " Asked for the engineer's report ",
                "Please send the report for job 4411.",
                HANA,
                NOW);

        assertThat(complaint.status()).isEqualTo(status);
        assertThat(complaint.version()).isEqualTo(version + 1);
        assertThat(complaint.record().getLast().event().summary())
                .isEqualTo("Sent to contractor: Asked for the engineer's report");
    }

    // --- Withdrawal and closure --------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {
                "RECEIVED",
                "STAGE_1_OPEN",
                "STAGE_1_RESPONDED",
                "STAGE_2_REQUESTED",
                "STAGE_2_OPEN",
                "STAGE_2_RESPONDED"
            })
    void withdrawsAnOpenComplaint(Status status) {
        Complaint complaint = inStatus(status);
        Instant withdrawnAt = at(complaint);

        complaint.withdraw(withdrawnAt, "The resident has moved out.", Actor.resident(), NOW);

        assertThat(complaint.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(complaint.withdrawnAt()).isEqualTo(withdrawnAt);
        assertThat(complaint.deadlines(ENGLAND, HOS_2024)).isEqualTo(Deadlines.NONE);
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"CLOSED", "REFUSED", "WITHDRAWN"})
    void refusesToWithdrawAComplaintThatIsOver(Status status) {
        Complaint complaint = inStatus(status);

        assertRefused(
                complaint,
                () -> complaint.withdraw(at(complaint), "Changed my mind.", Actor.resident(), NOW),
                RecordRule.NOT_ALLOWED_IN_STATUS);
    }

    @Test
    void closesAComplaintOnlyAfterAResponse() {
        for (Status unanswered :
                List.of(Status.RECEIVED, Status.STAGE_1_OPEN, Status.STAGE_2_REQUESTED, Status.STAGE_2_OPEN)) {
            Complaint complaint = inStatus(unanswered);
            assertRefused(
                    complaint,
                    () -> complaint.close(at(complaint), "Nothing more to do.", HANA, NOW),
                    RecordRule.NOT_ALLOWED_IN_STATUS);
        }

        Complaint afterStageOne = inStatus(Status.STAGE_1_RESPONDED);
        afterStageOne.close(instant("2024-06-17T09:00:00+01:00"), "No escalation yet.", HANA, NOW);
        assertThat(afterStageOne.status()).isEqualTo(Status.CLOSED);
        assertThat(afterStageOne.closedAt()).isEqualTo(instant("2024-06-17T09:00:00+01:00"));

        Complaint afterStageTwo = inStatus(Status.STAGE_2_RESPONDED);
        afterStageTwo.close(instant(STAGE_2_RESPONDED_AT).plusSeconds(60), "Final response issued.", TOM, NOW);
        assertThat(afterStageTwo.status()).isEqualTo(Status.CLOSED);
    }

    // --- The lifecycle table: nothing outside it ---------------------------------------------------

    static Stream<Arguments> stepsTheLifecycleDoesNotOpen() {
        return Arrays.stream(Status.values()).flatMap(status -> Arrays.stream(Step.values())
                .filter(step -> !Lifecycle.stepsFrom(status).containsKey(step))
                .map(step -> Arguments.of(status, step)));
    }

    /**
     * Every step the table does not open from a status is refused there. The one refusal that
     * names a rule of the Code instead is asking for stage 2 again after the final response: that
     * is the Code's own "no third stage" (5.3), which tells the resident more.
     */
    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("stepsTheLifecycleDoesNotOpen")
    void refusesEveryStepTheLifecycleDoesNotOpen(Status status, Step step) {
        Complaint complaint = inStatus(status);

        if (status == Status.STAGE_2_RESPONDED && step == Step.ESCALATE) {
            assertRefused(complaint, () -> take(step, complaint), CodeRule.NO_THIRD_STAGE, "5.3");
        } else {
            assertRefused(complaint, () -> take(step, complaint), RecordRule.NOT_ALLOWED_IN_STATUS);
        }
    }

    static Stream<Arguments> stepsTheLifecycleOpens() {
        return Arrays.stream(Status.values()).flatMap(status -> Lifecycle.stepsFrom(status).entrySet().stream()
                .map(open -> Arguments.of(status, open.getKey(), open.getValue())));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("stepsTheLifecycleOpens")
    void takesEveryStepTheLifecycleOpensToTheStatusItLeadsTo(Status status, Step step, Status target) {
        Complaint complaint = inStatus(status);

        take(step, complaint);

        assertThat(complaint.status()).isEqualTo(target);
    }

    // --- Helpers -----------------------------------------------------------------------------------

    /** Takes a step with arguments that break no rule, so only the status can stop it. */
    private static void take(Step step, Complaint complaint) {
        Instant at = at(complaint);
        switch (step) {
            case ACKNOWLEDGE ->
                complaint.acknowledge(
                        at, "ines", definition("Boiler repair delay", "No call back"), "Decided", INES, NOW);
            case REFUSE -> complaint.refuse(at, RefusalGround.OTHER, "Individual reasons.", HANA, NOW);
            case REQUEST_CLARIFICATION -> complaint.requestClarification(at, "Which room is affected?", HANA, NOW);
            case EXTEND -> complaint.extend(at, 1, "Surveyor delayed.", null, ENGLAND, HOS_2024, HANA, NOW);
            case AGREE_UPDATES -> complaint.agreeUpdates(at, 5, "By phone", HANA, NOW);
            case ADD_ISSUE -> complaint.addIssue(at, "Mould from the leak", "Treat the mould", true, HANA, NOW);
            case RESPOND ->
                complaint.respond(
                        at, findings(true, true), List.of(), List.of(), complaint.stage() == 2 ? INES : HANA, NOW);
            case ESCALATE -> complaint.escalate(at, null, Actor.resident(), NOW);
            case WITHDRAW -> complaint.withdraw(at, "Withdrawn by the resident.", Actor.resident(), NOW);
            case CLOSE -> complaint.close(at, "Closed.", HANA, NOW);
        }
    }

    private static List<Definition.Point> pointsOf(Complaint complaint) {
        return Objects.requireNonNull(complaint.definition(), "defined").points();
    }

    /** A time the next step of this complaint may take: an hour after its latest event. */
    private static Instant at(Complaint complaint) {
        return anHourAfterTheLastEvent(complaint);
    }

    private static Complaint respondedWithRemedyOf(String amount) {
        Complaint complaint = inStatus(Status.STAGE_1_OPEN);
        complaint.respond(
                instant(RESPONDED_AT),
                findings(true, true),
                List.of(new RemedyOffer(
                        RemedyType.FINANCIAL,
                        "For three weeks without heating",
                        new BigDecimal(amount),
                        LocalDate.of(2024, 6, 28))),
                List.of(),
                HANA,
                NOW);
        assertThat(complaint.remedies().getFirst().status()).isEqualTo(Remedy.Status.AWAITING_APPROVAL);
        return complaint;
    }

    private static void assertRefused(Complaint complaint, ThrowingCallable step, CodeRule rule, String provision) {
        assertRefused(complaint, step, rule, Optional.of(provision));
    }

    private static void assertRefused(Complaint complaint, ThrowingCallable step, RecordRule rule) {
        assertRefused(complaint, step, rule, Optional.empty());
    }

    private static void assertRefused(
            Complaint complaint, ThrowingCallable step, Rule rule, Optional<String> provision) {
        Snapshot before = Snapshot.of(complaint);

        assertThatThrownBy(step).isInstanceOfSatisfying(RuleBroken.class, broken -> {
            assertThat(broken.rule()).isEqualTo(rule);
            assertThat(broken.provision().map(ProvisionNumber::toString)).isEqualTo(provision);
        });

        assertThat(Snapshot.of(complaint)).isEqualTo(before);
    }

    private static void assertInvalid(Complaint complaint, ThrowingCallable step, String field) {
        Snapshot before = Snapshot.of(complaint);

        assertThatThrownBy(step).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
                .extracting(InvalidInput.FieldError::field)
                .containsExactly(field));

        assertThat(Snapshot.of(complaint)).isEqualTo(before);
    }

    /** Everything a step could change, to show that a refused step changed nothing. */
    private record Snapshot(
            Status status,
            int stage,
            int version,
            List<RecordedEvent> record,
            List<RecordedEvent> unsaved,
            @Nullable Definition definition,
            @Nullable String discretionReason,
            @Nullable Refusal refusal,
            List<Extension> extensions,
            List<Response> responses,
            List<Remedy> remedies,
            List<OutstandingAction> actions,
            List<IssueAdded> pendingIssues,
            List<String> relatedComplaints,
            Deadlines deadlines) {

        static Snapshot of(Complaint complaint) {
            return new Snapshot(
                    complaint.status(),
                    complaint.stage(),
                    complaint.version(),
                    complaint.record(),
                    complaint.unsavedEvents(),
                    complaint.definition(),
                    complaint.discretionReason(),
                    complaint.refusal(),
                    complaint.extensions(),
                    complaint.responses(),
                    complaint.remedies(),
                    complaint.outstandingActions(),
                    complaint.pendingIssues(),
                    complaint.relatedComplaints(),
                    complaint.deadlines(ENGLAND, HOS_2024));
        }
    }
}
