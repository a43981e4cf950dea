package org.putright.selfassessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A figure the record gives for a {@link Measure} over the assessment's period, dated the day it
 * was computed: "18 of 20 (90.0%) stage 1 complaints received in the period acknowledged within
 * the Code's timescale". It sits beside the landlord's own evidence for each provision the measure
 * evidences; where it shows a shortfall, it contradicts a "yes".
 *
 * @param count how many met the measure (or, for a plain count, how many there were)
 * @param outOf how many it was measured over; null for a plain count
 * @param percent {@code count / outOf} as a percentage rounded half-up to one place; null for a
 *     plain count or when there was nothing to measure
 * @param shortfall whether the figure shows the provision was not met at least once
 */
public record SystemEvidence(
        Measure measure,
        long count,
        @Nullable Long outOf,
        @Nullable BigDecimal percent,
        String statement,
        LocalDate computedOn,
        boolean shortfall) {

    /** A share of cases that met the measure; a shortfall when any did not. */
    public static SystemEvidence share(Measure measure, long met, long outOf, LocalDate computedOn) {
        if (met < 0 || met > outOf) {
            throw new IllegalArgumentException(measure + ": " + met + " of " + outOf + " is not a share");
        }
        BigDecimal percent = outOf == 0 ? null : percent(met, outOf);
        String statement = outOf == 0
                ? "None in the period: " + measure.description() + "."
                : met + " of " + outOf + " (" + percent + "%) " + measure.description() + ".";
        return new SystemEvidence(measure, met, outOf, percent, statement, computedOn, met < outOf);
    }

    /** A plain count of cases that fall short of the measure; any at all is a shortfall. */
    public static SystemEvidence failures(Measure measure, long failures, LocalDate computedOn) {
        return new SystemEvidence(
                measure, failures, null, null, failures + " " + measure.description() + ".", computedOn, failures > 0);
    }

    /** A plain count of things done; none at all is a shortfall. */
    public static SystemEvidence done(Measure measure, long done, LocalDate computedOn) {
        return new SystemEvidence(
                measure, done, null, null, done + " " + measure.description() + ".", computedOn, done == 0);
    }

    /** Whether this figure says otherwise than the landlord's answer: a shortfall against a "yes". */
    public boolean contradicts(@Nullable Comply comply) {
        return shortfall && comply == Comply.YES;
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
