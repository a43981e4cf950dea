package org.putright.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.putright.calendar.BankHolidaySource;
import org.putright.calendar.Division;
import org.putright.calendar.GovUkBankHolidays;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.NonWorkingDay;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.putright.code.Timescales;

/** Real calendars and Code timescales, and short ways to write the complaints the tests need. */
final class ComplaintFixtures {

    private static final BankHolidaySource BANK_HOLIDAYS =
            GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays());

    static final WorkingCalendar ENGLAND = WorkingCalendar.of(Division.ENGLAND_AND_WALES, BANK_HOLIDAYS);
    static final Timescales HOS_2024 =
            CodeEditions.shipped().get(EditionId.HOS_2024).timescales();
    static final Timescales HOS_2022 =
            CodeEditions.shipped().get(EditionId.HOS_2022).timescales();

    static final Actor HANA = new Actor("hana", new BigDecimal("100.00"));
    static final Actor TOM = new Actor("tom", new BigDecimal("100.00"));
    static final Actor MARIA = new Actor("maria", new BigDecimal("1000.00"));
    static final Actor INES = new Actor("ines", new BigDecimal("100.00"));
    /** The bootstrap administrator: no compensation limit. */
    static final Actor ADMIN = new Actor("admin", null);

    static final UUID RESIDENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /** Long after every date the tests use, so nothing counts as the future. */
    static final Instant NOW = instant("2026-11-23T12:00:00Z");

    // One complaint's ordinary life in June and July 2024 (BST), used to put a complaint into any
    // status through real steps. Received Monday 3 June; acknowledged Wednesday 5 June, so the
    // stage 1 response is due Wednesday 19 June; stage 2 asked for Thursday 20 June and
    // acknowledged Monday 24 June, so the final response is due Monday 22 July.
    static final String RECEIVED_AT = "2024-06-03T09:00:00+01:00";
    static final String REFUSED_AT = "2024-06-04T11:00:00+01:00";
    static final String ACKNOWLEDGED_AT = "2024-06-05T10:00:00+01:00";
    static final String WITHDRAWN_AT = "2024-06-10T09:00:00+01:00";
    static final String RESPONDED_AT = "2024-06-14T12:00:00+01:00";
    static final String CLOSED_AFTER_STAGE_1_AT = "2024-06-17T09:00:00+01:00";
    static final String ESCALATED_AT = "2024-06-20T09:00:00+01:00";
    static final String STAGE_2_ACKNOWLEDGED_AT = "2024-06-24T10:00:00+01:00";
    static final String STAGE_2_RESPONDED_AT = "2024-07-15T12:00:00+01:00";
    static final String CLOSED_AFTER_STAGE_2_AT = "2024-07-16T09:00:00+01:00";

    private static int serial;

    private ComplaintFixtures() {}

    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** England and Wales with the landlord's own closure days as well. */
    static WorkingCalendar englandWith(NonWorkingDay... closureDays) {
        return new WorkingCalendar(Division.ENGLAND_AND_WALES, BANK_HOLIDAYS, List.of(closureDays));
    }

    static Complaint received(String at) {
        return received(at, null);
    }

    static Complaint received(String at, @org.jspecify.annotations.Nullable LocalDate issueFirstKnownOn) {
        return Complaint.receive(
                ComplaintReference.of(2024, ++serial),
                new NewComplaint(
                        instant(at),
                        Channel.PHONE,
                        RESIDENT,
                        null,
                        "The boiler has broken twice and nobody came back.",
                        issueFirstKnownOn,
                        "REPAIRS",
                        null,
                        null),
                HANA,
                NOW);
    }

    static Definition definition(String... points) {
        return Definition.numbered(
                java.util.Arrays.stream(points)
                        .map(point -> new Definition.PointText(point, "Put it right"))
                        .toList(),
                List.of());
    }

    static Complaint acknowledged(String receivedAt, String acknowledgedAt) {
        Complaint complaint = received(receivedAt);
        complaint.acknowledge(
                instant(acknowledgedAt), "hana", definition("Boiler repair delay", "No call back"), null, HANA, NOW);
        return complaint;
    }

    static List<Finding> findings(boolean... upheld) {
        java.util.ArrayList<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < upheld.length; i++) {
            findings.add(new Finding(i + 1, upheld[i], "Because the record shows it."));
        }
        return findings;
    }

    static Complaint respondedAtStageOne(String receivedAt, String acknowledgedAt, String respondedAt) {
        Complaint complaint = acknowledged(receivedAt, acknowledgedAt);
        complaint.respond(instant(respondedAt), findings(true, false), List.of(), List.of(), HANA, NOW);
        return complaint;
    }

    /**
     * A complaint brought to {@code status} through the steps of the ordinary life above: CLOSED
     * after its stage 1 response, REFUSED on receipt, WITHDRAWN while stage 1 is open.
     */
    static Complaint inStatus(Status status) {
        return switch (status) {
            case RECEIVED -> received(RECEIVED_AT);
            case STAGE_1_OPEN -> acknowledged(RECEIVED_AT, ACKNOWLEDGED_AT);
            case STAGE_1_RESPONDED -> respondedAtStageOne(RECEIVED_AT, ACKNOWLEDGED_AT, RESPONDED_AT);
            case STAGE_2_REQUESTED -> {
                Complaint complaint = inStatus(Status.STAGE_1_RESPONDED);
                complaint.escalate(instant(ESCALATED_AT), null, Actor.resident(), NOW);
                yield complaint;
            }
            case STAGE_2_OPEN -> {
                Complaint complaint = inStatus(Status.STAGE_2_REQUESTED);
                complaint.acknowledge(
                        instant(STAGE_2_ACKNOWLEDGED_AT),
                        "tom",
                        definition("Boiler repair delay", "Compensation is too low"),
                        null,
                        TOM,
                        NOW);
                yield complaint;
            }
            case STAGE_2_RESPONDED -> {
                Complaint complaint = inStatus(Status.STAGE_2_OPEN);
                complaint.respond(instant(STAGE_2_RESPONDED_AT), findings(true, true), List.of(), List.of(), TOM, NOW);
                yield complaint;
            }
            case CLOSED -> {
                Complaint complaint = inStatus(Status.STAGE_1_RESPONDED);
                complaint.close(instant(CLOSED_AFTER_STAGE_1_AT), "Resident content with the response", HANA, NOW);
                yield complaint;
            }
            case REFUSED -> {
                Complaint complaint = inStatus(Status.RECEIVED);
                complaint.refuse(
                        instant(REFUSED_AT),
                        RefusalGround.LEGAL_PROCEEDINGS,
                        "The resident has started court proceedings about the same disrepair.",
                        HANA,
                        NOW);
                yield complaint;
            }
            case WITHDRAWN -> {
                Complaint complaint = inStatus(Status.STAGE_1_OPEN);
                complaint.withdraw(instant(WITHDRAWN_AT), "The resident no longer wishes to complain", HANA, NOW);
                yield complaint;
            }
        };
    }

    /** Closed after its final response: nothing further is possible within the landlord. */
    static Complaint closedAfterStageTwo() {
        Complaint complaint = inStatus(Status.STAGE_2_RESPONDED);
        complaint.close(instant(CLOSED_AFTER_STAGE_2_AT), "Final response issued", TOM, NOW);
        return complaint;
    }

    /** An hour after the latest event on the record: a time every next step may take. */
    static Instant anHourAfterTheLastEvent(Complaint complaint) {
        return complaint.record().getLast().event().at().plusSeconds(3600);
    }
}
