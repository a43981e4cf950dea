package org.putright.casework;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.NonWorkingDay;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.ProvisionNumber;
import org.putright.code.StageTimescales;
import org.putright.code.Timescale;
import org.putright.code.Timescales;
import org.putright.complaint.Complaint;
import org.putright.complaint.Extension;

/**
 * Shows how each of a complaint's deadlines was worked out: so many working days from which day,
 * skipping which weekends, bank holidays and closure days, then each extension. A handler can
 * check every date against the Code and the calendar instead of taking it on trust.
 */
public final class DeadlineArithmetic {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final WorkingCalendar calendar;
    private final Timescales timescales;

    public DeadlineArithmetic(WorkingCalendar calendar, Timescales timescales) {
        this.calendar = calendar;
        this.timescales = timescales;
    }

    /** One deadline with its working: what is due, by when, and how that day was reached. */
    public record Line(String due, LocalDate by, List<String> working, ProvisionNumber provision) {}

    /** Every deadline each stage has had so far, acknowledgement then response, stage 1 first. */
    public List<Line> explain(Complaint complaint) {
        List<Line> lines = new ArrayList<>();
        for (int stage = 1; stage <= complaint.stage(); stage++) {
            StageTimescales scales = timescales.stage(stage);
            Instant start = stage == 1 ? complaint.receivedAt() : complaint.escalationRequestedAt();
            if (start == null) {
                continue;
            }
            String startedBy = stage == 1 ? "the complaint was received" : "the resident asked for stage 2";
            Timescale acknowledge = scales.acknowledge();
            lines.add(new Line(
                    "Acknowledge stage " + stage,
                    calendar.deadline(start, WorkingDays.of(acknowledge.workingDays())),
                    List.of(count(acknowledge.workingDays(), WorkingCalendar.dayOf(start), startedBy)),
                    acknowledge.provision()));
            Line respond = response(complaint, stage, scales, start, startedBy);
            if (respond != null) {
                lines.add(respond);
            }
        }
        return lines;
    }

    private @Nullable Line response(
            Complaint complaint, int stage, StageTimescales scales, Instant start, String startedBy) {
        Instant acknowledged = complaint.acknowledgedAt(stage);
        LocalDate due = complaint.respondByBeforeExtensions(stage, calendar, timescales);
        if (acknowledged == null || due == null) {
            return null;
        }
        Timescale respond = scales.respond();
        LocalDate from;
        String fromWhat;
        switch (respond.from()) {
            case ACKNOWLEDGEMENT -> {
                from = WorkingCalendar.dayOf(acknowledged);
                fromWhat = "stage " + stage + " was acknowledged";
            }
            case RECEIPT, ESCALATION_REQUEST -> {
                from = WorkingCalendar.dayOf(start);
                fromWhat = startedBy;
            }
            default -> throw new IllegalStateException("unknown start " + respond.from());
        }
        List<String> working = new ArrayList<>();
        working.add(count(respond.workingDays(), from, fromWhat));
        for (Extension extension : complaint.extensions()) {
            if (extension.stage() != stage) {
                continue;
            }
            LocalDate extended = calendar.addWorkingDays(due, WorkingDays.of(extension.workingDays()));
            working.add("then extended by " + extension.workingDays() + " working "
                    + (extension.workingDays() == 1 ? "day" : "days") + " (told to the resident on "
                    + DAY.format(WorkingCalendar.dayOf(extension.notifiedAt())) + ") from " + DAY.format(due)
                    + " to " + DAY.format(extended) + skipped(due, extended));
            due = extended;
        }
        return new Line("Respond at stage " + stage, due, working, respond.provision());
    }

    /** "5 working days from Monday 23 November 2026, when the complaint was received, skipping ...". */
    private String count(int workingDays, LocalDate from, String fromWhat) {
        LocalDate to = calendar.addWorkingDays(from, WorkingDays.of(workingDays));
        return workingDays + " working " + (workingDays == 1 ? "day" : "days") + " from " + DAY.format(from) + ", when "
                + fromWhat + " (that day does not count), to " + DAY.format(to) + skipped(from, to);
    }

    /** The days after {@code from}, up to {@code to}, that were not counted, and why. */
    String skipped(LocalDate from, LocalDate to) {
        List<NonWorkingDay> named = calendar.nonWorkingDays(from.plusDays(1), to);
        int weekendDays = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            LocalDate current = day;
            if (weekend && named.stream().noneMatch(other -> other.date().equals(current))) {
                weekendDays++;
            }
        }
        List<String> parts = new ArrayList<>();
        if (weekendDays > 0) {
            parts.add(weekendDays + " weekend " + (weekendDays == 1 ? "day" : "days"));
        }
        for (NonWorkingDay day : named) {
            parts.add(DAY.format(day.date()) + " (" + day.name() + ", " + describe(day.kind()) + ")");
        }
        return parts.isEmpty() ? ", with no days skipped" : ", skipping " + joined(parts);
    }

    private static String describe(NonWorkingDay.Kind kind) {
        return switch (kind) {
            case BANK_HOLIDAY -> "bank holiday";
            case ADDED_BANK_HOLIDAY -> "bank holiday added by the landlord";
            case CLOSURE_DAY -> "closure day";
        };
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
