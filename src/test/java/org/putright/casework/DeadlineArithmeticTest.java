package org.putright.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.putright.calendar.Division;
import org.putright.calendar.GovUkBankHolidays;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.NonWorkingDay;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.putright.code.Timescales;
import org.putright.complaint.Actor;
import org.putright.complaint.Channel;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Definition;
import org.putright.complaint.NewComplaint;

class DeadlineArithmeticTest {

    static final WorkingCalendar ENGLAND = WorkingCalendar.of(
            Division.ENGLAND_AND_WALES, GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays()));
    static final Timescales HOS_2024 =
            CodeEditions.shipped().get(EditionId.HOS_2024).timescales();
    static final Actor HANA = new Actor("hana", new BigDecimal("100.00"));
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void namesTheWeekendAndBankHolidaysAnAcknowledgementDeadlineSkips() {
        // Received Monday 22 December 2025: Christmas Day and Boxing Day do not count (6.2).
        Complaint complaint = received("2025-12-22T10:00:00Z");

        List<DeadlineArithmetic.Line> lines = new DeadlineArithmetic(ENGLAND, HOS_2024).explain(complaint);

        assertThat(lines).hasSize(1);
        DeadlineArithmetic.Line acknowledge = lines.get(0);
        assertThat(acknowledge.by()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(acknowledge.provision()).hasToString("6.2");
        assertThat(acknowledge.working())
                .containsExactly("5 working days from Monday 22 December 2025, when the complaint was received (that"
                        + " day does not count), to Wednesday 31 December 2025, skipping 2 weekend days, Thursday 25"
                        + " December 2025 (Christmas Day, bank holiday) and Friday 26 December 2025 (Boxing Day, bank"
                        + " holiday)");
    }

    @Test
    void showsTheResponseDeadlineAndEachExtensionFromTheDeadlineItMoved() {
        Complaint complaint = received("2025-12-22T10:00:00Z");
        complaint.acknowledge(
                Instant.parse("2025-12-23T10:00:00Z"),
                "hana",
                Definition.numbered(List.of(new Definition.PointText("Boiler", "Repair it")), List.of()),
                null,
                HANA,
                NOW);
        complaint.extend(
                Instant.parse("2026-01-05T10:00:00Z"), 5, "Waiting for parts", null, ENGLAND, HOS_2024, HANA, NOW);

        DeadlineArithmetic.Line respond =
                new DeadlineArithmetic(ENGLAND, HOS_2024).explain(complaint).get(1);

        assertThat(respond.by()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(respond.working().get(0))
                .startsWith("10 working days from Tuesday 23 December 2025, when stage 1 was acknowledged")
                .contains("to Friday 9 January 2026")
                .contains("Thursday 1 January 2026 (New Year’s Day, bank holiday)".replace("’", nameApostrophe()));
        assertThat(respond.working().get(1))
                .isEqualTo("then extended by 5 working days (told to the resident on Monday 5 January 2026) from"
                        + " Friday 9 January 2026 to Friday 16 January 2026, skipping 2 weekend days");
    }

    @Test
    void aClosureDayIsNamedAsOne() {
        WorkingCalendar closed = new WorkingCalendar(
                Division.ENGLAND_AND_WALES,
                GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays()),
                List.of(NonWorkingDay.closureDay(LocalDate.of(2026, 11, 25), "Staff training")));

        String skipped = new DeadlineArithmetic(closed, HOS_2024)
                .skipped(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26));

        assertThat(skipped).isEqualTo(", skipping Wednesday 25 November 2026 (Staff training, closure day)");
    }

    /** The shipped list spells New Year's Day with whichever apostrophe GOV.UK used. */
    private static String nameApostrophe() {
        return ENGLAND.reasonNotWorking(LocalDate.of(2026, 1, 1))
                .map(day -> day.name().contains("’") ? "’" : "'")
                .orElse("'");
    }

    private static Complaint received(String at) {
        return Complaint.receive(
                ComplaintReference.of(2025, 1),
                new NewComplaint(
                        Instant.parse(at),
                        Channel.PHONE,
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        null,
                        "The boiler broke.",
                        null,
                        "REPAIRS",
                        null,
                        null),
                HANA,
                NOW);
    }
}
