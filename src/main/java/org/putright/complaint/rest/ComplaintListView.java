package org.putright.complaint.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.ComplaintPage;
import org.putright.complaint.ComplaintSummary;
import org.putright.complaint.Deadlines;

/**
 * A page of the worklist, sorted by the deadline now due.
 *
 * @param totalExact false when more complaints match than were counted: there are more than
 *     {@code total} (10,000, or the end of the page asked for)
 */
record ComplaintListView(List<Item> items, int page, int size, long total, boolean totalExact) {

    static ComplaintListView of(ComplaintPage page, LocalDate today, WorkingCalendar calendar) {
        return new ComplaintListView(
                page.items().stream()
                        .map(summary -> Item.of(summary, today, calendar))
                        .toList(),
                page.page(),
                page.size(),
                page.total(),
                page.totalExact());
    }

    record Item(
            String reference,
            int version,
            String status,
            int stage,
            Instant receivedAt,
            String channel,
            @Nullable String category,
            UUID residentId,
            @Nullable String handler,
            ComplaintView.DeadlinesView deadlines,
            @Nullable LocalDate nextDeadline,
            String href) {

        static Item of(ComplaintSummary summary, LocalDate today, WorkingCalendar calendar) {
            Deadlines deadlines = new Deadlines(summary.acknowledgeBy(), summary.respondBy());
            return new Item(
                    summary.reference().value(),
                    summary.version(),
                    summary.status().name(),
                    summary.stage(),
                    summary.receivedAt(),
                    summary.channel().name(),
                    summary.category(),
                    summary.residentId(),
                    summary.handler(),
                    new ComplaintView.DeadlinesView(
                            summary.acknowledgeBy(),
                            summary.respondBy(),
                            deadlines.stateOn(today, calendar).name()),
                    summary.nextDeadline(),
                    "/api/v1/complaints/" + summary.reference().value());
        }
    }
}
