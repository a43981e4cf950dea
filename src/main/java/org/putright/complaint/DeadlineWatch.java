package org.putright.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingCalendars;
import org.putright.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches every open complaint's deadline and raises an alert when it is due within two working
 * days and again when it has passed (6.2, 6.3, 6.11, 6.14), and when an update agreed with the
 * resident is due (5.9). Runs every quarter of an hour, once
 * across all instances; an alert already raised is never raised twice.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final DeadlineAlerts alerts;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineWatch(DeadlineAlerts alerts, WorkingCalendars calendars, ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${putright.alerts.cron:0 */15 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "deadline-alerts", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    @Transactional
    public void scheduledRun() {
        raiseAlerts();
    }

    /** Raises the alerts now due; returns how many were new. */
    @Transactional
    public int raiseAlerts() {
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.current();
        LocalDate today = WorkingCalendar.dayOf(now);
        LocalDate horizon = calendar.addWorkingDays(today, WorkingDays.of(Deadlines.DUE_SOON_WORKING_DAYS));
        int raised = 0;
        for (ComplaintSummary due : alerts.dueBy(horizon)) {
            LocalDate deadline = due.nextDeadline();
            if (deadline == null) {
                continue;
            }
            DeadlineAlert alert = new DeadlineAlert(
                    UUID.randomUUID(),
                    due.reference(),
                    today.isAfter(deadline) ? DeadlineAlert.Kind.OVERDUE : DeadlineAlert.Kind.DUE_SOON,
                    deadline,
                    due.handler(),
                    now,
                    null);
            if (alerts.raiseIfNew(alert)) {
                events.publishEvent(alert);
                raised++;
            }
        }
        for (ComplaintSummary due : alerts.updatesDueBy(today)) {
            LocalDate updateBy = due.nextUpdateBy();
            if (updateBy != null) {
                DeadlineAlert alert = new DeadlineAlert(
                        UUID.randomUUID(),
                        due.reference(),
                        DeadlineAlert.Kind.UPDATE_DUE,
                        updateBy,
                        due.handler(),
                        now,
                        null);
                if (alerts.raiseIfNew(alert)) {
                    events.publishEvent(alert);
                    raised++;
                }
            }
        }
        if (raised > 0) {
            log.info("Raised {} deadline alerts", raised);
        }
        return raised;
    }
}
