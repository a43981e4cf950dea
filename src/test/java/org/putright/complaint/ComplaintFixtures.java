package org.putright.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.putright.calendar.Division;
import org.putright.calendar.GovUkBankHolidays;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.putright.code.Timescales;

/** Real calendars and Code timescales, and short ways to write the complaints the tests need. */
final class ComplaintFixtures {

    static final WorkingCalendar ENGLAND = WorkingCalendar.of(
            Division.ENGLAND_AND_WALES, GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays()));
    static final Timescales HOS_2024 =
            CodeEditions.shipped().get(EditionId.HOS_2024).timescales();
    static final Timescales HOS_2022 =
            CodeEditions.shipped().get(EditionId.HOS_2022).timescales();

    static final Actor HANA = new Actor("hana", new BigDecimal("100.00"));
    static final Actor TOM = new Actor("tom", new BigDecimal("100.00"));
    static final Actor MARIA = new Actor("maria", new BigDecimal("1000.00"));
    static final UUID RESIDENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /** Long after every date the tests use, so nothing counts as the future. */
    static final Instant NOW = instant("2026-11-23T12:00:00Z");

    private static int serial;

    private ComplaintFixtures() {}

    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
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
}
