package org.putright.reporting;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.StageFacts;

/** A complaint's stage as a row of the complaints export and of the TSM drill-down. */
final class ComplaintRows {

    static final List<String> COLUMNS = List.of(
            "Reference",
            "Stage",
            "Channel",
            "Category",
            "Received or requested on",
            "Handler",
            "Acknowledge by",
            "Acknowledged on",
            "Acknowledged on time",
            "Respond by (before extensions)",
            "Respond by",
            "Extensions",
            "Extension working days",
            "Responded on",
            "Responded on time",
            "Within the timescale (CH02)",
            "Decision",
            "Refused on",
            "Refusal ground",
            "Withdrawn on",
            "Closed on",
            "Remedies",
            "Compensation offered (£)",
            "Compensation paid (£)");

    private ComplaintRows() {}

    static List<@Nullable Object> row(StageFacts fact) {
        StageFacts.Refused refused = fact.refused();
        return Arrays.asList(
                fact.reference().value(),
                (long) fact.stage(),
                Dashboard.words(fact.channel().name()),
                fact.category(),
                fact.startedOn().toString(),
                fact.handler(),
                fact.acknowledgement().due().toString(),
                day(fact.acknowledgement().at()),
                yesNo(fact.acknowledgement().onTime()),
                text(fact.answer().dueBeforeExtensions()),
                text(fact.answer().due()),
                (long) fact.extensions().count(),
                (long) fact.extensions().workingDays(),
                day(fact.answer().at()),
                yesNo(fact.answer().onTime()),
                fact.answer().at() == null ? null : yesNo(fact.withinTimescale()),
                fact.answer().decision() == null
                        ? null
                        : fact.answer().decision().inWords(),
                refused == null ? null : day(refused.at()),
                refused == null ? null : Dashboard.words(refused.ground().name()),
                day(fact.withdrawnAt()),
                day(fact.closedAt()),
                (long) fact.followThrough().remedies(),
                fact.followThrough().compensationOffered(),
                fact.followThrough().compensationPaid());
    }

    private static @Nullable String day(@Nullable Instant at) {
        return at == null ? null : WorkingCalendar.dayOf(at).toString();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String yesNo(@Nullable Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }
}
