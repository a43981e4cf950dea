package org.putright.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingCalendars;
import org.putright.calendar.WorkingDays;
import org.putright.complaint.Channel;
import org.putright.complaint.Deadlines;
import org.putright.complaint.FollowUps;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyType;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactFilter.Basis;
import org.putright.complaint.StageFactQueries;
import org.putright.complaint.StageFactQueries.GroupTally;
import org.putright.complaint.StageGrouping;
import org.putright.complaint.StageTally;
import org.putright.complaint.Status;
import org.putright.settings.Settings;
import org.springframework.stereotype.Service;

/**
 * The dashboard managers and the governing body read (9.4–9.7): volumes by stage, category and
 * channel; outcomes; timeliness against each deadline of the Code; open cases by the state of
 * their deadline; month-by-month trends; refusals by ground (8.1b); remedies and compensation;
 * overdue follow-ups; complaints per 1,000 homes. The tables are rolled up from one aggregate query
 * over each day they count on (started, responded, acknowledged, refused), plus the open cases and
 * the overdue follow-ups.
 */
@Service
public class Dashboard {

    /** Overdue follow-ups shown on the dashboard itself; the rest are paged through or exported. */
    public static final int FOLLOW_UPS_ON_DASHBOARD = 100;

    /** The id of the overdue follow-ups table, the one table that can be longer than a page. */
    public static final String OVERDUE_FOLLOW_UPS = "overdue-follow-ups";

    private final StageFactQueries facts;
    private final FollowUps followUps;
    private final WorkingCalendars calendars;
    private final Settings settings;
    private final Clock clock;

    Dashboard(StageFactQueries facts, FollowUps followUps, WorkingCalendars calendars, Settings settings, Clock clock) {
        this.facts = facts;
        this.followUps = followUps;
        this.calendars = calendars;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return WorkingCalendar.dayOf(clock.instant());
    }

    public DashboardReport report(ReportingPeriod period) {
        Integer homes = settings.current().homesFor(period.from(), period.to()).orElse(null);
        // One pass over each day the figures are counted on, each tallied by every grouping its
        // tables need and rolled up here, counting only what the tables show.
        List<GroupTally> started = facts.tally(
                StageFactFilter.started(period.from(), period.to()),
                List.of(
                        StageGrouping.STAGE,
                        StageGrouping.CATEGORY,
                        StageGrouping.CHANNEL,
                        StageGrouping.STARTED_MONTH),
                EnumSet.of(StageTally.Part.VOLUMES));
        List<GroupTally> responded = facts.tally(
                StageFactFilter.responded(period.from(), period.to()),
                List.of(StageGrouping.STAGE, StageGrouping.RESPONDED_MONTH),
                EnumSet.of(StageTally.Part.RESPONSES, StageTally.Part.EXTENSIONS, StageTally.Part.FOLLOW_THROUGH));
        Map<Integer, StageTally> startedByStage = byStage(started);
        Map<Integer, StageTally> respondedByStage = byStage(responded);
        ReportTable trends = monthlyTrends(period, started, responded);
        List<ReportTable> tables = List.of(
                volumesByStage(startedByStage, respondedByStage),
                volumesByCategory(started),
                volumesByChannel(started),
                outcomes(respondedByStage),
                timeliness(period, respondedByStage),
                openCases(),
                trends,
                refusalsByGround(period),
                remedies(respondedByStage),
                overdueFollowUps(0, FOLLOW_UPS_ON_DASHBOARD),
                perThousandHomes(startedByStage, homes));
        return new DashboardReport(period.from(), period.to(), homes, tables, charts(trends));
    }

    /** The groups rolled up by stage, the first grouping of every pass. */
    private static Map<Integer, StageTally> byStage(List<GroupTally> rows) {
        Map<Integer, StageTally> byStage = new HashMap<>();
        for (GroupTally row : rows) {
            String stage = row.key(0);
            if (stage != null) {
                byStage.merge(Integer.valueOf(stage), row.tally(), (one, other) -> one.plus(stage, other));
            }
        }
        return byStage;
    }

    /** The stage of a group whose first grouping is the stage, or 0. */
    private static int stageOf(GroupTally row) {
        String stage = row.key(0);
        return stage == null ? 0 : Integer.parseInt(stage);
    }

    private static StageTally stage(Map<Integer, StageTally> byStage, int stage) {
        return byStage.getOrDefault(stage, StageTally.empty(String.valueOf(stage)));
    }

    private ReportTable volumesByStage(Map<Integer, StageTally> started, Map<Integer, StageTally> responded) {
        ReportTable.Builder table = ReportTable.builder(
                "volumes-by-stage",
                "Volumes by stage",
                "Stage",
                "Received or requested",
                "Refused",
                "Not refused",
                "Withdrawn",
                "Responded to in the period");
        for (int stage = 1; stage <= 2; stage++) {
            StageTally in = stage(started, stage);
            table.row(
                    stageName(stage),
                    in.stages(),
                    in.refused(),
                    in.notRefused(),
                    in.withdrawn(),
                    stage(responded, stage).responded());
        }
        return table.build();
    }

    private ReportTable volumesByCategory(List<GroupTally> started) {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (GroupTally row : started) {
            int stage = stageOf(row);
            if (stage == 1 || stage == 2) {
                String category = row.key(1) == null ? "No category" : row.key(1);
                counts.computeIfAbsent(category, key -> new long[2])[stage - 1] +=
                        row.tally().stages();
            }
        }
        ReportTable.Builder table = ReportTable.builder(
                "volumes-by-category",
                "Volumes by category",
                "Category",
                "Complaints received",
                "Escalations requested");
        counts.forEach((category, values) -> table.row(category, values[0], values[1]));
        return table.build();
    }

    private ReportTable volumesByChannel(List<GroupTally> started) {
        Map<String, Long> byChannel = new HashMap<>();
        for (GroupTally row : started) {
            String channel = row.key(2);
            if (stageOf(row) == 1 && channel != null) {
                byChannel.merge(channel, row.tally().stages(), Long::sum);
            }
        }
        ReportTable.Builder table =
                ReportTable.builder("volumes-by-channel", "Complaints by channel", "Channel", "Complaints received");
        for (Channel channel : Channel.values()) {
            table.row(words(channel.name()), byChannel.getOrDefault(channel.name(), 0L));
        }
        return table.build();
    }

    private ReportTable outcomes(Map<Integer, StageTally> responded) {
        ReportTable.Builder table = ReportTable.builder(
                "outcomes",
                "Outcomes of responses issued",
                "Stage",
                "Responses",
                "Upheld",
                "Partly upheld",
                "Not upheld");
        for (int stage = 1; stage <= 2; stage++) {
            StageTally row = stage(responded, stage);
            table.row(stageName(stage), row.responded(), row.upheld(), row.partlyUpheld(), row.notUpheld());
        }
        return table.build();
    }

    private ReportTable timeliness(ReportingPeriod period, Map<Integer, StageTally> responded) {
        ReportTable.Builder table = ReportTable.builder(
                "timeliness",
                "Timeliness against the Code's deadlines",
                "Deadline",
                "Provision",
                "Counted",
                "Met",
                "Percent met");
        StageFactFilter acknowledged =
                StageFactFilter.started(period.from(), period.to()).on(Basis.ACKNOWLEDGED);
        Map<Integer, StageTally> acknowledgedByStage = byStage(
                facts.tally(acknowledged, List.of(StageGrouping.STAGE), EnumSet.of(StageTally.Part.ACKNOWLEDGEMENTS)));
        String[][] provisions = {{"6.2", "6.3", "6.4"}, {"6.11", "6.14", "6.15"}};
        for (int stage = 1; stage <= 2; stage++) {
            StageTally ack = stage(acknowledgedByStage, stage);
            StageTally answered = stage(responded, stage);
            String[] cited = provisions[stage - 1];
            table.row(
                    stageName(stage) + ": acknowledged within " + "5" + " working days",
                    cited[0],
                    ack.acknowledged(),
                    ack.acknowledgedOnTime(),
                    Rates.percent(ack.acknowledgedOnTime(), ack.acknowledged()));
            table.row(
                    stageName(stage) + ": responded by the deadline, with extensions allowed",
                    cited[1],
                    answered.responded(),
                    answered.respondedOnTime(),
                    Rates.percent(answered.respondedOnTime(), answered.responded()));
            table.row(
                    stageName(stage) + ": extensions told to the resident in time and within the cap",
                    cited[2],
                    answered.extended(),
                    Math.min(answered.extensionsNotifiedInTime(), answered.extensionsWithinCap()),
                    Rates.percent(
                            Math.min(answered.extensionsNotifiedInTime(), answered.extensionsWithinCap()),
                            answered.extended()));
            table.row(
                    stageName(stage) + ": acknowledged and responded within the timescale (CH02)",
                    cited[0] + ", " + cited[1],
                    answered.responded(),
                    answered.withinTimescale(),
                    Rates.percent(answered.withinTimescale(), answered.responded()));
        }
        return table.build();
    }

    private ReportTable openCases() {
        LocalDate today = today();
        LocalDate soon = calendars.current().addWorkingDays(today, WorkingDays.of(Deadlines.DUE_SOON_WORKING_DAYS));
        Map<Status, long[]> byStatus = new java.util.EnumMap<>(Status.class);
        for (StageFactQueries.OpenCaseCount count : facts.openCases(today, soon)) {
            byStatus.computeIfAbsent(count.status(), status -> new long[4])[
                            count.state().ordinal()] +=
                    count.complaints();
        }
        ReportTable.Builder table = ReportTable.builder(
                "open-cases",
                "Open complaints by deadline, on " + today,
                "Status",
                "On track",
                "Due within 2 working days",
                "Overdue",
                "Nothing due",
                "Total");
        for (Status status : Status.values()) {
            if (!status.isOpen()) {
                continue;
            }
            long[] states = byStatus.getOrDefault(status, new long[4]);
            table.row(
                    words(status.name()),
                    states[Deadlines.State.ON_TRACK.ordinal()],
                    states[Deadlines.State.DUE_SOON.ordinal()],
                    states[Deadlines.State.OVERDUE.ordinal()],
                    states[Deadlines.State.NONE.ordinal()],
                    java.util.Arrays.stream(states).sum());
        }
        return table.build();
    }

    private ReportTable monthlyTrends(ReportingPeriod period, List<GroupTally> started, List<GroupTally> responded) {
        Map<String, long[]> months = new java.util.LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(period.from());
                !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            months.put(key(month), new long[5]);
        }
        for (GroupTally row : started) {
            int stage = stageOf(row);
            if (stage == 1 || stage == 2) {
                add(months, row.key(3), stage - 1, row.tally().stages());
            }
        }
        for (GroupTally row : responded) {
            int stage = stageOf(row);
            if (stage == 1 || stage == 2) {
                add(months, row.key(1), stage + 1, row.tally().responded());
                add(months, row.key(1), 4, row.tally().withinTimescale());
            }
        }
        ReportTable.Builder table = ReportTable.builder(
                "monthly-trends",
                "Month by month",
                "Month",
                "Complaints received",
                "Escalations requested",
                "Stage 1 responses",
                "Stage 2 responses",
                "Responses within the timescale",
                "Percent within the timescale");
        months.forEach((month, values) -> table.row(
                monthName(month),
                values[0],
                values[1],
                values[2],
                values[3],
                values[4],
                Rates.percent(values[4], values[2] + values[3])));
        return table.build();
    }

    private static void add(Map<String, long[]> months, @Nullable String month, int column, long count) {
        if (month != null && months.containsKey(month)) {
            months.get(month)[column] += count;
        }
    }

    private static String key(YearMonth month) {
        return String.valueOf(month.getYear() * 100 + month.getMonthValue());
    }

    private static String monthName(String key) {
        int value = Integer.parseInt(key);
        YearMonth month = YearMonth.of(value / 100, value % 100);
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + month.getYear();
    }

    private ReportTable refusalsByGround(ReportingPeriod period) {
        StageFactFilter refused =
                StageFactFilter.started(period.from(), period.to()).on(Basis.REFUSED);
        Map<String, long[]> byGround = new HashMap<>();
        for (GroupTally row : facts.tally(
                refused,
                List.of(StageGrouping.STAGE, StageGrouping.REFUSAL_GROUND),
                EnumSet.noneOf(StageTally.Part.class))) {
            int stage = stageOf(row);
            String ground = row.key(1);
            if ((stage == 1 || stage == 2) && ground != null) {
                byGround.computeIfAbsent(ground, key -> new long[2])[stage - 1] +=
                        row.tally().stages();
            }
        }
        ReportTable.Builder table = ReportTable.builder(
                "refusals-by-ground",
                "Refusals by ground (2.1–2.4, 5.11)",
                "Ground",
                "Complaints refused",
                "Escalations refused");
        for (RefusalGround ground : RefusalGround.values()) {
            long[] counts = byGround.getOrDefault(ground.name(), new long[2]);
            table.row(words(ground.name()), counts[0], counts[1]);
        }
        return table.build();
    }

    private ReportTable remedies(Map<Integer, StageTally> responded) {
        ReportTable.Builder table = ReportTable.builder(
                "remedies",
                "Remedies and compensation in responses issued",
                "Stage",
                "Remedies",
                "Financial remedies",
                "Compensation offered (£)",
                "Compensation paid (£)",
                "Remedies completed",
                "Completed by their due date",
                "Outstanding actions",
                "Actions completed by their due date");
        BigDecimal offered = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (int stage = 1; stage <= 2; stage++) {
            StageTally row = stage(responded, stage);
            offered = offered.add(row.compensationOffered());
            paid = paid.add(row.compensationPaid());
            table.row(
                    stageName(stage),
                    row.remedies(),
                    row.financialRemedies(),
                    row.compensationOffered(),
                    row.compensationPaid(),
                    row.remediesCompleted(),
                    row.remediesCompletedOnTime(),
                    row.actions(),
                    row.actionsCompletedOnTime());
        }
        StageTally one = stage(responded, 1);
        StageTally two = stage(responded, 2);
        table.row(
                "Both stages",
                one.remedies() + two.remedies(),
                one.financialRemedies() + two.financialRemedies(),
                offered,
                paid,
                one.remediesCompleted() + two.remediesCompleted(),
                one.remediesCompletedOnTime() + two.remediesCompletedOnTime(),
                one.actions() + two.actions(),
                one.actionsCompletedOnTime() + two.actionsCompletedOnTime());
        return table.build();
    }

    /**
     * One page of the remedies and actions overdue today (page 0 first), with how many there are in
     * all: the list has no ceiling, so it is paged rather than cut short.
     */
    public ReportTable overdueFollowUps(int page, int size) {
        LocalDate today = today();
        ReportTable.Builder table = overdueTable(today);
        for (FollowUps.OverdueFollowUp item : followUps.overdue(today, (long) page * size, size)) {
            table.row(overdueRow(item).toArray());
        }
        return table.buildPage(followUps.overdueCount(today));
    }

    /** Writes every overdue follow-up, header first, streamed from the database rather than held. */
    void writeOverdueFollowUps(TableWriter writer) {
        LocalDate today = today();
        ReportTable.Builder table = overdueTable(today);
        writer.startTable(overdueTitle(today), table.columns());
        followUps.forEachOverdue(today, item -> writer.row(overdueRow(item)));
    }

    private static ReportTable.Builder overdueTable(LocalDate today) {
        return ReportTable.builder(
                OVERDUE_FOLLOW_UPS, overdueTitle(today), "Kind", "Complaint", "What", "Owner", "Due by");
    }

    private static String overdueTitle(LocalDate today) {
        return "Remedies and actions overdue on " + today;
    }

    private static List<@Nullable Object> overdueRow(FollowUps.OverdueFollowUp item) {
        RemedyType type = item.remedyType();
        return java.util.Arrays.asList(
                type == null ? "Outstanding action" : "Remedy: " + words(type.name()),
                item.reference().value(),
                item.description(),
                item.owner(),
                item.dueBy().toString());
    }

    private ReportTable perThousandHomes(Map<Integer, StageTally> started, @Nullable Integer homes) {
        ReportTable.Builder table = ReportTable.builder(
                "per-thousand-homes",
                "Complaints per 1,000 homes",
                "Stage",
                "Received or requested",
                "Not refused",
                "Homes",
                "Per 1,000 homes",
                "Not refused per 1,000 homes (CH01)");
        for (int stage = 1; stage <= 2; stage++) {
            StageTally row = stage(started, stage);
            table.row(
                    stageName(stage),
                    row.stages(),
                    row.notRefused(),
                    homes == null ? null : Long.valueOf(homes),
                    homes == null ? null : Rates.perThousand(row.stages(), homes),
                    homes == null ? null : Rates.perThousand(row.notRefused(), homes));
        }
        return table.build();
    }

    private static List<BarChart> charts(ReportTable trends) {
        List<String> months = new ArrayList<>();
        long[][] volumes = new long[trends.rows().size()][2];
        long[][] responses = new long[trends.rows().size()][2];
        for (int i = 0; i < trends.rows().size(); i++) {
            List<@Nullable Object> row = trends.rows().get(i);
            months.add(String.valueOf(row.get(0)));
            volumes[i][0] = number(row.get(1));
            volumes[i][1] = number(row.get(2));
            long answered = number(row.get(3)) + number(row.get(4));
            responses[i][0] = number(row.get(5));
            responses[i][1] = answered - number(row.get(5));
        }
        return List.of(
                BarChart.of(
                        "chart-volumes",
                        "Complaints received and escalations requested, by month",
                        trends.id(),
                        months,
                        List.of("Complaints received", "Escalations requested"),
                        volumes),
                BarChart.of(
                        "chart-timeliness",
                        "Responses within and outside the timescale, by month",
                        trends.id(),
                        months,
                        List.of("Within the timescale", "Outside the timescale"),
                        responses));
    }

    private static long number(@Nullable Object cell) {
        return cell instanceof Long value ? value : 0;
    }

    private static String stageName(int stage) {
        return "Stage " + stage;
    }

    /** An enum name as words: PARTLY_UPHELD becomes "Partly upheld". */
    static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
