package org.putright.complaint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which stages a figure counts: those whose {@code basis} day lies from {@code from} to {@code to}
 * (both included, Europe/London days), optionally of one stage, refused or not, answered within
 * the timescale or not, of a category or channel. Null means "any".
 */
public record StageFactFilter(
        LocalDate from,
        LocalDate to,
        Basis basis,
        @Nullable Integer stage,
        @Nullable Boolean refused,
        @Nullable Boolean withinTimescale,
        @Nullable String category,
        @Nullable Channel channel) {

    public StageFactFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its first day");
        }
    }

    /** Stages started in the period: complaints received (stage 1), escalations requested (stage 2). */
    public static StageFactFilter started(LocalDate from, LocalDate to) {
        return new StageFactFilter(from, to, Basis.STARTED, null, null, null, null, null);
    }

    /** Stages responded to in the period. */
    public static StageFactFilter responded(LocalDate from, LocalDate to) {
        return new StageFactFilter(from, to, Basis.RESPONDED, null, null, null, null, null);
    }

    public StageFactFilter on(Basis other) {
        return new StageFactFilter(from, to, other, stage, refused, withinTimescale, category, channel);
    }

    public StageFactFilter stage(int only) {
        return new StageFactFilter(from, to, basis, only, refused, withinTimescale, category, channel);
    }

    public StageFactFilter refused(boolean wanted) {
        return new StageFactFilter(from, to, basis, stage, wanted, withinTimescale, category, channel);
    }

    public StageFactFilter withinTimescale(boolean wanted) {
        return new StageFactFilter(from, to, basis, stage, refused, wanted, category, channel);
    }

    public StageFactFilter category(@Nullable String only) {
        return new StageFactFilter(from, to, basis, stage, refused, withinTimescale, only, channel);
    }

    public StageFactFilter channel(@Nullable Channel only) {
        return new StageFactFilter(from, to, basis, stage, refused, withinTimescale, category, only);
    }

    /** The day of a stage a period is measured on. */
    public enum Basis {
        STARTED,
        ACKNOWLEDGED,
        RESPONDED,
        REFUSED,
        WITHDRAWN,
        CLOSED
    }
}
