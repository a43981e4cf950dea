package org.putright.reporting;

import org.putright.complaint.StageFactFilter;

/**
 * Each figure of the TSM and which stages it counts, so that the drill-down lists exactly the
 * complaints behind a number.
 */
public enum TsmFigure {
    CH01_STAGE_1("CH01 stage 1: complaints received, not refused"),
    CH01_STAGE_2("CH01 stage 2: escalations requested, not refused"),
    CH02_STAGE_1_RESPONDED("CH02 stage 1: responses issued"),
    CH02_STAGE_1_WITHIN_TIMESCALE("CH02 stage 1: responses within the timescale"),
    CH02_STAGE_1_OUTSIDE_TIMESCALE("CH02 stage 1: responses outside the timescale"),
    CH02_STAGE_2_RESPONDED("CH02 stage 2: responses issued"),
    CH02_STAGE_2_WITHIN_TIMESCALE("CH02 stage 2: responses within the timescale"),
    CH02_STAGE_2_OUTSIDE_TIMESCALE("CH02 stage 2: responses outside the timescale");

    private final String title;

    TsmFigure(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * The stages counted. CH01 is by the day received or requested and "not refused" as at now;
     * CH02 by the day responded (PRODUCT.md, "Tenant Satisfaction Measures").
     */
    public StageFactFilter filter(ReportingPeriod period) {
        StageFactFilter started = StageFactFilter.started(period.from(), period.to());
        StageFactFilter responded = StageFactFilter.responded(period.from(), period.to());
        return switch (this) {
            case CH01_STAGE_1 -> started.stage(1).refused(false);
            case CH01_STAGE_2 -> started.stage(2).refused(false);
            case CH02_STAGE_1_RESPONDED -> responded.stage(1);
            case CH02_STAGE_1_WITHIN_TIMESCALE -> responded.stage(1).withinTimescale(true);
            case CH02_STAGE_1_OUTSIDE_TIMESCALE -> responded.stage(1).withinTimescale(false);
            case CH02_STAGE_2_RESPONDED -> responded.stage(2);
            case CH02_STAGE_2_WITHIN_TIMESCALE -> responded.stage(2).withinTimescale(true);
            case CH02_STAGE_2_OUTSIDE_TIMESCALE -> responded.stage(2).withinTimescale(false);
        };
    }
}
