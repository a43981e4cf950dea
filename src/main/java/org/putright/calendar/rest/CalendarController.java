package org.putright.calendar.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.putright.calendar.Division;
import org.putright.calendar.NonWorkingDay;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingCalendars;
import org.putright.calendar.WorkingDays;
import org.putright.system.problem.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The landlord's working-day calendar: what counts as a working day, the deadline arithmetic for
 * anyone who wants to check it, and the administrator's closure days and added bank holidays.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

    private final WorkingCalendars calendars;

    CalendarController(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/non-working-days")
    List<NonWorkingDayView> nonWorkingDays(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return calendars.nonWorkingDays(from, to).stream()
                .map(NonWorkingDayView::of)
                .toList();
    }

    /**
     * The Nth working day after an event: {@code from} is a date or an instant with offset (its
     * Europe/London day is used); the day itself never counts.
     */
    @GetMapping("/deadline")
    DeadlineView deadline(@RequestParam String from, @RequestParam @Min(0) @Max(250) int workingDays) {
        WorkingCalendar calendar = calendars.current();
        LocalDate day = dayOf(from);
        LocalDate deadline = calendar.addWorkingDays(day, WorkingDays.of(workingDays));
        return new DeadlineView(
                calendar.division(),
                day,
                workingDays,
                deadline,
                calendar.nonWorkingDays(day, deadline).stream()
                        .map(NonWorkingDayView::of)
                        .toList());
    }

    @PostMapping("/closure-days")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<NonWorkingDayView> addClosureDay(@Valid @RequestBody NewDay body, Principal principal) {
        NonWorkingDay day = calendars.addClosureDay(body.date(), body.name(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/calendar/closure-days/" + day.date()))
                .body(NonWorkingDayView.of(day));
    }

    @DeleteMapping("/closure-days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeClosureDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendars.removeClosureDay(date);
    }

    @PostMapping("/bank-holidays")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<NonWorkingDayView> addBankHoliday(@Valid @RequestBody NewDay body, Principal principal) {
        NonWorkingDay day = calendars.addBankHoliday(body.date(), body.name(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/calendar/bank-holidays/" + day.date()))
                .body(NonWorkingDayView.of(day));
    }

    @DeleteMapping("/bank-holidays/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeBankHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendars.removeBankHoliday(date);
    }

    private static LocalDate dayOf(String from) {
        try {
            if (!FOUR_DIGIT_YEAR.matcher(from).lookingAt()) {
                // java.time also reads "+999999999-12-31T00:00Z", whose working days overflow.
                throw new DateTimeParseException("The year must have four digits", from, 0);
            }
            return from.length() == 10
                    ? LocalDate.parse(from)
                    : WorkingCalendar.dayOf(OffsetDateTime.parse(from).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(
                    "from", "must be a date (2024-06-07) or an instant with offset (2024-06-07T00:30:00+01:00)");
        }
    }

    record NewDay(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String name) {}

    record NonWorkingDayView(LocalDate date, String name, NonWorkingDay.Kind kind) {
        static NonWorkingDayView of(NonWorkingDay day) {
            return new NonWorkingDayView(day.date(), day.name(), day.kind());
        }
    }

    record DeadlineView(
            Division division,
            LocalDate from,
            int workingDays,
            LocalDate deadline,
            List<NonWorkingDayView> nonWorkingDaysSkipped) {}
}
