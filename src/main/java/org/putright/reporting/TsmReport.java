package org.putright.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The Tenant Satisfaction Measures on complaints for a period: CH01, complaints and escalations
 * received and not refused per 1,000 homes; CH02, the share of responses issued within the
 * Code's timescales (API.md's {@code GET /api/v1/reports/tsm}).
 */
public record TsmReport(LocalDate from, LocalDate to, int homes, Ch01 ch01, Ch02 ch02) {

    /** CH01: stage 1 complaints and stage 2 escalations received in the period, not refused. */
    public record Ch01(Volume stage1, Volume stage2) {}

    /** A count and its rate per 1,000 homes. */
    public record Volume(long count, BigDecimal perThousandHomes) {

        static Volume of(long count, int homes) {
            return new Volume(count, Rates.perThousand(count, homes));
        }
    }

    /** CH02: responses issued in the period and how many were within the timescale. */
    public record Ch02(Timeliness stage1, Timeliness stage2) {}

    /** Responded, within the timescale, and the percentage (null when nothing was responded to). */
    public record Timeliness(
            long responded, long withinTimescale, @Nullable BigDecimal percent) {

        static Timeliness of(long responded, long withinTimescale) {
            return new Timeliness(responded, withinTimescale, Rates.percent(withinTimescale, responded));
        }
    }
}
