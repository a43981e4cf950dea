package org.putright.complaint.rest;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.DeadlineAlert;
import org.putright.complaint.DeadlineAlerts;
import org.putright.system.problem.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Deadline alerts: due within two working days, or overdue. {@code mine=true} shows the caller's own. */
@RestController
@RequestMapping("/api/v1/alerts")
@PreAuthorize("hasRole('HANDLER')")
class AlertController {

    private final DeadlineAlerts alerts;
    private final Clock clock;

    AlertController(DeadlineAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping
    List<AlertView> open(@RequestParam(defaultValue = "false") boolean mine, Principal principal) {
        return alerts.open(mine ? principal.getName() : null).stream()
                .map(AlertView::of)
                .toList();
    }

    @PostMapping("/{id}/dismissal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@PathVariable UUID id, Principal principal) {
        if (!alerts.dismiss(id, principal.getName(), clock.instant())) {
            throw new NotFound("Open alert", id.toString());
        }
    }

    record AlertView(
            UUID id,
            String reference,
            String kind,
            LocalDate deadline,
            @Nullable String handler,
            Instant raisedAt,
            String complaint) {
        static AlertView of(DeadlineAlert alert) {
            return new AlertView(
                    alert.id(),
                    alert.reference().value(),
                    alert.kind().name(),
                    alert.deadline(),
                    alert.handler(),
                    alert.raisedAt(),
                    "/api/v1/complaints/" + alert.reference().value());
        }
    }
}
