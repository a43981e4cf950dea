package org.putright.reporting;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactQueries;
import org.putright.complaint.StageFacts;
import org.putright.complaint.StageGrouping;
import org.putright.complaint.StageTally;
import org.putright.settings.Settings;
import org.putright.system.problem.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * Computes CH01 and CH02 for a period from the stage facts, with the homes count given or held in
 * the landlord's settings for the reporting year.
 */
@Service
public class TenantSatisfactionMeasures {

    private final StageFactQueries facts;
    private final Settings settings;

    TenantSatisfactionMeasures(StageFactQueries facts, Settings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    public TsmReport report(ReportingPeriod period, @Nullable Integer homes) {
        int homesCount = homes(period, homes);
        // One pass over the stages started and one over those responded to, by stage, counting only
        // what CH01 and CH02 need: the started pass is read from its index alone.
        Map<Integer, StageTally> begun = byStage(facts.tally(
                StageFactFilter.started(period.from(), period.to()),
                List.of(StageGrouping.STAGE),
                EnumSet.of(StageTally.Part.VOLUMES)));
        Map<Integer, StageTally> answered = byStage(facts.tally(
                StageFactFilter.responded(period.from(), period.to()),
                List.of(StageGrouping.STAGE),
                EnumSet.of(StageTally.Part.RESPONSES)));
        StageTally started = begun.getOrDefault(1, StageTally.empty("1"));
        StageTally escalated = begun.getOrDefault(2, StageTally.empty("2"));
        StageTally respondedStageOne = answered.getOrDefault(1, StageTally.empty("1"));
        StageTally respondedStageTwo = answered.getOrDefault(2, StageTally.empty("2"));
        return new TsmReport(
                period.from(),
                period.to(),
                homesCount,
                new TsmReport.Ch01(
                        TsmReport.Volume.of(started.notRefused(), homesCount),
                        TsmReport.Volume.of(escalated.notRefused(), homesCount)),
                new TsmReport.Ch02(
                        TsmReport.Timeliness.of(respondedStageOne.responded(), respondedStageOne.withinTimescale()),
                        TsmReport.Timeliness.of(respondedStageTwo.responded(), respondedStageTwo.withinTimescale())));
    }

    private static Map<Integer, StageTally> byStage(List<StageFactQueries.GroupTally> rows) {
        Map<Integer, StageTally> byStage = new HashMap<>();
        for (StageFactQueries.GroupTally row : rows) {
            String stage = row.key(0);
            if (stage != null) {
                byStage.put(Integer.valueOf(stage), row.tally());
            }
        }
        return byStage;
    }

    /** The stages a figure counted, for the drill-down. */
    public List<StageFacts> counted(TsmFigure figure, ReportingPeriod period, int offset, int limit) {
        return facts.list(figure.filter(period), offset, limit);
    }

    /** How many stages a figure counted. */
    public long countOf(TsmFigure figure, ReportingPeriod period) {
        StageTally tally = facts.total(figure.filter(period));
        return tally.stages();
    }

    /** The homes given, else those the settings hold for the period's reporting year; else a 400. */
    public int homes(ReportingPeriod period, @Nullable Integer given) {
        if (given != null) {
            if (given < 1) {
                throw new InvalidInput("homes", "must be at least 1");
            }
            return given;
        }
        return settings.current()
                .homesFor(period.from(), period.to())
                .orElseThrow(() -> new InvalidInput(
                        "homes",
                        "give the number of homes: the landlord's settings hold none for a reporting year containing "
                                + period.from() + " to " + period.to()));
    }
}
