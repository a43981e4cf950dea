package org.putright.complaint.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.FollowUps;
import org.putright.complaint.Remedy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Remedies and outstanding actions across complaints: what awaits approval, what is overdue, what
 * each owner still has to do (6.6, 7.3, 7.4).
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
class FollowUpController {

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpController(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @GetMapping("/remedies")
    List<RemedyItemView> remedies(
            @RequestParam(required = false) Remedy.@Nullable Status status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return followUps.remedies(status, overdue ? WorkingCalendar.dayOf(clock.instant()) : null, limit).stream()
                .map(item -> new RemedyItemView(
                        item.reference().value(),
                        "/api/v1/complaints/" + item.reference().value(),
                        ComplaintView.RemedyView.of(item.remedy())))
                .toList();
    }

    @GetMapping("/actions")
    List<ActionItemView> actions(
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return followUps.actions(owner, open, overdue ? WorkingCalendar.dayOf(clock.instant()) : null, limit).stream()
                .map(item -> new ActionItemView(
                        item.reference().value(),
                        "/api/v1/complaints/" + item.reference().value(),
                        ComplaintView.ActionView.of(item.action())))
                .toList();
    }

    record RemedyItemView(String reference, String complaint, ComplaintView.RemedyView remedy) {}

    record ActionItemView(String reference, String complaint, ComplaintView.ActionView action) {}
}
