package org.putright.boardreport;

import static org.putright.boardreport.Figures.count;
import static org.putright.boardreport.Figures.plural;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.reporting.DashboardReport;
import org.putright.reporting.ReportTable;

/**
 * What the figures say, in words, for readers who do not read tables (8.1b: a qualitative as well
 * as a quantitative analysis; 9.7a). Each sentence is worked out from the dashboard's tables, so it
 * never disagrees with them.
 */
final class Performance {

    // Rows and columns of the dashboard's tables, as Dashboard lays them out.
    private static final int STAGE_1 = 0;
    private static final int STAGE_2 = 1;
    private static final int STAGE_1_CH02 = 3;
    private static final int STAGE_2_CH02 = 7;

    private Performance() {}

    static List<String> statements(DashboardReport figures) {
        List<String> statements = new ArrayList<>();
        long received = count(figures, "volumes-by-stage", STAGE_1, 1);
        long escalations = count(figures, "volumes-by-stage", STAGE_2, 1);
        statements.add(received + " " + plural(received, "complaint was", "complaints were") + " received ("
                + count(figures, "volumes-by-stage", STAGE_1, 2) + " refused, "
                + count(figures, "volumes-by-stage", STAGE_1, 4) + " withdrawn) and " + escalations + " "
                + plural(escalations, "escalation to stage 2 was", "escalations to stage 2 were") + " requested ("
                + count(figures, "volumes-by-stage", STAGE_2, 2) + " refused).");
        long responses = count(figures, "outcomes", STAGE_1, 1) + count(figures, "outcomes", STAGE_2, 1);
        long upheld = count(figures, "outcomes", STAGE_1, 2) + count(figures, "outcomes", STAGE_2, 2);
        long partly = count(figures, "outcomes", STAGE_1, 3) + count(figures, "outcomes", STAGE_2, 3);
        statements.add(responses + " " + plural(responses, "response was", "responses were") + " issued ("
                + count(figures, "outcomes", STAGE_1, 1) + " at stage 1, " + count(figures, "outcomes", STAGE_2, 1)
                + " at stage 2): " + upheld + " upheld the complaint in full and " + partly + " in part.");
        statements.add("The acknowledgement and the response were both on time for "
                + share(figures, STAGE_1_CH02) + " of stage 1 responses and " + share(figures, STAGE_2_CH02)
                + " of stage 2 responses (CH02).");
        mostComplainedAbout(figures).ifPresent(statements::add);
        return statements;
    }

    /** The refusals by ground, in words (8.1b: the types of complaints refused). */
    static String refusals(DashboardReport figures) {
        ReportTable grounds = figures.table("refusals-by-ground").orElseThrow();
        List<String> named = new ArrayList<>();
        long total = 0;
        for (List<@Nullable Object> row : grounds.rows()) {
            long refused = number(row.get(1)) + number(row.get(2));
            if (refused > 0) {
                named.add(row.get(0) + ": " + refused);
                total += refused;
            }
        }
        if (total == 0) {
            return "No complaint or escalation was refused.";
        }
        return total + " " + plural(total, "complaint or escalation was", "complaints and escalations were")
                + " refused, by ground: " + String.join("; ", named) + ".";
    }

    private static String share(DashboardReport figures, int row) {
        long counted = count(figures, "timeliness", row, 2);
        long met = count(figures, "timeliness", row, 3);
        BigDecimal percent = Figures.percent(met, counted);
        return percent == null ? "none (nothing was responded to)" : met + " of " + counted + " (" + percent + "%)";
    }

    private static java.util.Optional<String> mostComplainedAbout(DashboardReport figures) {
        ReportTable categories = figures.table("volumes-by-category").orElseThrow();
        long total = 0;
        long most = 0;
        List<String> leaders = new ArrayList<>();
        for (List<@Nullable Object> row : categories.rows()) {
            long received = number(row.get(1));
            total += received;
            if (received > most) {
                most = received;
                leaders.clear();
            }
            if (received == most && received > 0) {
                leaders.add(String.valueOf(row.get(0)));
            }
        }
        if (most == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Most complaints were about " + String.join(" and ", leaders) + ": " + most
                + " of " + total + " (" + Figures.percent(most, total) + "%)" + (leaders.size() > 1 ? " each." : "."));
    }

    private static long number(@Nullable Object cell) {
        return cell instanceof Long value ? value : 0;
    }
}
