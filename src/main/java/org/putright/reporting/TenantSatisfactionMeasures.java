package org.putright.reporting;

import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.StageFactQueries;
import org.putright.complaint.StageFacts;
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
        // Each figure counted with the very filter its drill-down lists, all in one statement: a
        // count from its own day's index range, as the fewest-rows hand-written SQL reads them.
        List<TsmFigure> figures = List.of(
                TsmFigure.CH01_STAGE_1,
                TsmFigure.CH01_STAGE_2,
                TsmFigure.CH02_STAGE_1_RESPONDED,
                TsmFigure.CH02_STAGE_1_WITHIN_TIMESCALE,
                TsmFigure.CH02_STAGE_2_RESPONDED,
                TsmFigure.CH02_STAGE_2_WITHIN_TIMESCALE);
        List<Long> counts = facts.counts(
                figures.stream().map(figure -> figure.filter(period)).toList());
        ToLongFunction<TsmFigure> counted = figure -> counts.get(figures.indexOf(figure));
        return new TsmReport(
                period.from(),
                period.to(),
                homesCount,
                new TsmReport.Ch01(
                        TsmReport.Volume.of(counted.applyAsLong(TsmFigure.CH01_STAGE_1), homesCount),
                        TsmReport.Volume.of(counted.applyAsLong(TsmFigure.CH01_STAGE_2), homesCount)),
                new TsmReport.Ch02(
                        TsmReport.Timeliness.of(
                                counted.applyAsLong(TsmFigure.CH02_STAGE_1_RESPONDED),
                                counted.applyAsLong(TsmFigure.CH02_STAGE_1_WITHIN_TIMESCALE)),
                        TsmReport.Timeliness.of(
                                counted.applyAsLong(TsmFigure.CH02_STAGE_2_RESPONDED),
                                counted.applyAsLong(TsmFigure.CH02_STAGE_2_WITHIN_TIMESCALE))));
    }

    /** The stages a figure counted, for the drill-down. */
    public List<StageFacts> counted(TsmFigure figure, ReportingPeriod period, int offset, int limit) {
        return facts.list(figure.filter(period), offset, limit);
    }

    /** How many stages a figure counted. */
    public long countOf(TsmFigure figure, ReportingPeriod period) {
        return facts.count(figure.filter(period));
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
