package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaint.ComplaintFixtures.ENGLAND;
import static org.putright.complaint.ComplaintFixtures.HANA;
import static org.putright.complaint.ComplaintFixtures.HOS_2022;
import static org.putright.complaint.ComplaintFixtures.HOS_2024;
import static org.putright.complaint.ComplaintFixtures.NOW;
import static org.putright.complaint.ComplaintFixtures.TOM;
import static org.putright.complaint.ComplaintFixtures.definition;
import static org.putright.complaint.ComplaintFixtures.englandWith;
import static org.putright.complaint.ComplaintFixtures.findings;
import static org.putright.complaint.ComplaintFixtures.instant;
import static org.putright.complaint.ComplaintFixtures.received;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.putright.calendar.NonWorkingDay;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Deadlines.State;

/**
 * A complaint's deadlines, as PRODUCT.md's "Working days and deadlines" defines them, on the real
 * England and Wales calendar. The day of the event is its date in Europe/London and never counts;
 * weekends, bank holidays and the landlord's closure days are skipped.
 *
 * <p>Every expected date was counted by hand on a calendar. The bank holidays they pass over:
 * 2022 state funeral Mon 19 Sep, Boxing Day Mon 26 Dec, Christmas substitute Tue 27 Dec, New Year
 * substitute Mon 2 Jan 2023; early May Mon 1 May 2023 and the coronation Mon 8 May 2023; Easter
 * Monday 1 Apr 2024, spring bank holiday Mon 27 May 2024. British Summer Time ran from 31 Mar to 27
 * Oct in 2024.
 */
class DeadlinesTest {

    @ParameterizedTest(name = "received {0}: acknowledge by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-08T10:00:00+01:00 | 2024-06-14 | on Saturday 8 June 2024: Monday 10 June is day 1
            2024-04-01T10:00:00+01:00 | 2024-04-08 | on Easter Monday 1 April 2024: Tuesday 2 April is day 1
            2024-03-31T23:30:00Z      | 2024-04-08 | 23:30 UTC on Sunday 31 March is 00:30 BST on Easter Monday
            2024-06-13T23:30:00Z      | 2024-06-21 | 23:30 UTC on Thursday 13 June is Friday in London
            2024-10-24T23:30:00Z      | 2024-11-01 | the last Thursday night of BST is already Friday in London
            2024-10-31T23:30:00Z      | 2024-11-07 | a week later, in GMT, Thursday night stays Thursday
            2022-12-24T10:00:00Z      | 2023-01-04 | on Christmas Eve 2022: 28, 29, 30 December, 3 and 4 January
            2022-09-14T10:00:00+01:00 | 2022-09-22 | Wednesday before the state funeral: 15, 16, 20, 21, 22 September
            2022-09-19T10:00:00+01:00 | 2022-09-26 | on the state funeral itself: Tuesday 20 September is day 1
            2023-04-28T10:00:00+01:00 | 2023-05-09 | early May bank holiday and the coronation: 2, 3, 4, 5, 9 May
            """)
    void acknowledgementIsDueFiveWorkingDaysAfterTheDayOfReceipt(String receivedAt, LocalDate due, String why) {
        Complaint complaint = received(receivedAt);

        assertThat(complaint.deadlines(ENGLAND, HOS_2024)).isEqualTo(new Deadlines(due, null));
        assertThat(complaint.acknowledgementDeadline(1, ENGLAND, HOS_2024)).isEqualTo(due);
    }

    @ParameterizedTest(name = "acknowledged {1}: respond by {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-04-01T10:00:00+01:00 | 2024-04-04T23:30:00Z      | 2024-04-19 | 23:30 UTC on Thursday 4 April is Friday 5 April in London
            2024-11-13T10:00:00Z      | 2024-11-14T23:30:00Z      | 2024-11-28 | 23:30 GMT on Thursday 14 November is Thursday
            2022-12-24T10:00:00Z      | 2023-01-04T10:00:00Z      | 2023-01-18 | the Christmas Eve complaint, acknowledged on its last day
            2022-09-14T10:00:00+01:00 | 2022-09-16T10:00:00+01:00 | 2022-10-03 | across the state funeral
            2023-04-28T10:00:00+01:00 | 2023-05-02T10:00:00+01:00 | 2023-05-17 | across the coronation
            """)
    void stageOneResponseIsDueTenWorkingDaysAfterTheDayOfAcknowledgement(
            String receivedAt, String acknowledgedAt, LocalDate due, String why) {
        Complaint complaint = received(receivedAt);
        complaint.acknowledge(instant(acknowledgedAt), "hana", definition("Boiler"), null, HANA, NOW);

        assertThat(complaint.deadlines(ENGLAND, HOS_2024)).isEqualTo(new Deadlines(null, due));
        // The 2022 Code counts stage 1 from acknowledgement too.
        assertThat(complaint.deadlines(ENGLAND, HOS_2022)).isEqualTo(new Deadlines(null, due));
    }

    @Test
    void stageTwoAcknowledgementIsDueFiveWorkingDaysAfterTheEscalationRequest() {
        // Asked for on Thursday 23 May 2024, a week after the stage 1 response: Friday 24, then
        // Tuesday 28 to Friday 31 May, skipping the spring bank holiday.
        Complaint complaint = escalatedOn("2024-05-23T16:45:00+01:00");

        assertThat(complaint.deadlines(ENGLAND, HOS_2024)).isEqualTo(new Deadlines(LocalDate.of(2024, 5, 31), null));
        assertThat(complaint.deadlines(ENGLAND, HOS_2022)).isEqualTo(new Deadlines(LocalDate.of(2024, 5, 31), null));
        assertThat(complaint.acknowledgementDeadline(2, ENGLAND, HOS_2024)).isEqualTo(LocalDate.of(2024, 5, 31));
        // Stage 1's own acknowledgement deadline is still there for the record: 7 May 2024 + 5.
        assertThat(complaint.acknowledgementDeadline(1, ENGLAND, HOS_2024)).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void stageTwoResponseIsDueTwentyWorkingDaysAfterTheStageTwoAcknowledgement() {
        Complaint complaint = escalatedOn("2024-05-23T16:45:00+01:00");
        complaint.acknowledge(instant("2024-05-29T10:00:00+01:00"), "tom", definition("Boiler"), null, TOM, NOW);

        // From Wednesday 29 May 2024: 30, 31 May, 3–7, 10–14, 17–21, 24, 25, 26 June.
        assertThat(complaint.deadlines(ENGLAND, HOS_2024)).isEqualTo(new Deadlines(null, LocalDate.of(2024, 6, 26)));
    }

    @Test
    void underTheTwentyTwentyTwoCodeTheStageTwoResponseCountsFromTheEscalationRequest() {
        // Escalated on Thursday 20 April 2023 and acknowledged on Wednesday 26 April.
        Complaint complaint = received("2023-03-20T10:00:00+00:00");
        complaint.acknowledge(instant("2023-03-22T10:00:00Z"), "hana", definition("Damp"), null, HANA, NOW);
        complaint.respond(instant("2023-04-05T10:00:00+01:00"), findings(false), List.of(), List.of(), HANA, NOW);
        complaint.escalate(instant("2023-04-20T10:00:00+01:00"), null, Actor.resident(), NOW);

        assertThat(complaint.deadlines(ENGLAND, HOS_2022).acknowledgeBy()).isEqualTo(LocalDate.of(2023, 4, 27));

        complaint.acknowledge(instant("2023-04-26T10:00:00+01:00"), "tom", definition("Damp"), null, TOM, NOW);

        // HOS 2022 (5.13): 20 working days from the request, Thursday 20 April: 21, 24–28 April,
        // 2–5, 9–12, 15–19, 22 May, skipping 1 and 8 May.
        assertThat(complaint.deadlines(ENGLAND, HOS_2022).respondBy()).isEqualTo(LocalDate.of(2023, 5, 22));
        // HOS 2024 (6.14) counts from the acknowledgement, Wednesday 26 April: Friday 26 May.
        assertThat(complaint.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2023, 5, 26));
    }

    @ParameterizedTest(name = "on {0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-20 | ON_TRACK | the day of receipt: five working days to go
            2024-05-22 | ON_TRACK | three working days to go: 23, 24, 28 May
            2024-05-23 | DUE_SOON | two working days to go: 24 and 28 May; the bank holiday does not count
            2024-05-25 | DUE_SOON | a Saturday, one working day to go
            2024-05-27 | DUE_SOON | the bank holiday itself
            2024-05-28 | DUE_SOON | due today
            2024-05-29 | OVERDUE  | the day after
            2024-07-01 | OVERDUE  | weeks later
            """)
    void theDeadlineNowDueIsOnTrackDueSoonOrOverdue(LocalDate today, State state, String why) {
        // Received on Monday 20 May 2024: acknowledge by Tuesday 28 May, after the spring bank holiday.
        Complaint complaint = received("2024-05-20T09:00:00+01:00");
        Deadlines deadlines = complaint.deadlines(ENGLAND, HOS_2024);
        assertThat(deadlines.next()).isEqualTo(LocalDate.of(2024, 5, 28));

        assertThat(deadlines.stateOn(today, ENGLAND)).isEqualTo(state);
    }

    @Test
    void anOpenStageIsJudgedByItsResponseDeadlineAndAnAnsweredOneHasNone() {
        // Acknowledged Wednesday 5 June 2024: respond by Wednesday 19 June.
        Complaint complaint = received("2024-06-03T09:00:00+01:00");
        complaint.acknowledge(instant("2024-06-05T10:00:00+01:00"), "hana", definition("Boiler"), null, HANA, NOW);
        Deadlines open = complaint.deadlines(ENGLAND, HOS_2024);

        assertThat(open.next()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(open.stateOn(LocalDate.of(2024, 6, 14), ENGLAND)).isEqualTo(State.ON_TRACK);
        assertThat(open.stateOn(LocalDate.of(2024, 6, 17), ENGLAND)).isEqualTo(State.DUE_SOON);
        assertThat(open.stateOn(LocalDate.of(2024, 6, 20), ENGLAND)).isEqualTo(State.OVERDUE);

        complaint.respond(instant("2024-06-20T10:00:00+01:00"), findings(true), List.of(), List.of(), HANA, NOW);

        assertThat(complaint.deadlines(ENGLAND, HOS_2024)).isEqualTo(Deadlines.NONE);
        assertThat(Deadlines.NONE.stateOn(LocalDate.of(2024, 6, 20), ENGLAND)).isEqualTo(State.NONE);
        // The stage's deadline is still known for the record: the response was a day late.
        assertThat(complaint.respondBy(1, ENGLAND, HOS_2024)).isEqualTo(LocalDate.of(2024, 6, 19));
    }

    @Test
    void aClosureDayAddedToTheCalendarMovesAnOpenComplaintsDeadline() {
        WorkingCalendar withChristmasClosure = englandWith(
                NonWorkingDay.closureDay(LocalDate.of(2024, 12, 27), "Christmas closure"),
                NonWorkingDay.closureDay(LocalDate.of(2024, 12, 30), "Christmas closure"),
                NonWorkingDay.closureDay(LocalDate.of(2024, 12, 31), "Christmas closure"));

        // Acknowledged Monday 16 December 2024. Bank holidays alone: 17, 18, 19, 20, 23, 24, 27,
        // 30, 31 December and Thursday 2 January 2025. With the office closed 27–31 December:
        // 17–24 December (six), then 2, 3, 6 and Tuesday 7 January 2025.
        Complaint open = received("2024-12-13T10:00:00Z");
        open.acknowledge(instant("2024-12-16T10:00:00Z"), "hana", definition("Heating"), null, HANA, NOW);

        assertThat(open.deadlines(ENGLAND, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(open.deadlines(withChristmasClosure, HOS_2024).respondBy()).isEqualTo(LocalDate.of(2025, 1, 7));

        // Received Monday 23 December 2024: 24, 27, 30, 31 December, 2 January; with the closure
        // on Christmas Eve only, 27, 30, 31 December, 2 and 3 January.
        Complaint received = received("2024-12-23T10:00:00Z");
        WorkingCalendar closedOnChristmasEve =
                englandWith(NonWorkingDay.closureDay(LocalDate.of(2024, 12, 24), "Christmas Eve"));

        assertThat(received.deadlines(ENGLAND, HOS_2024).acknowledgeBy()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(received.deadlines(closedOnChristmasEve, HOS_2024).acknowledgeBy())
                .isEqualTo(LocalDate.of(2025, 1, 3));
    }

    /**
     * A complaint received Tuesday 7 May 2024, acknowledged the next day, answered on Tuesday 21 May
     * and escalated at {@code requestedAt}.
     */
    private static Complaint escalatedOn(String requestedAt) {
        Complaint complaint = received("2024-05-07T10:00:00+01:00");
        complaint.acknowledge(instant("2024-05-08T10:00:00+01:00"), "hana", definition("Boiler"), null, HANA, NOW);
        complaint.respond(instant("2024-05-21T10:00:00+01:00"), findings(false), List.of(), List.of(), HANA, NOW);
        complaint.escalate(instant(requestedAt), null, Actor.resident(), NOW);
        return complaint;
    }
}
