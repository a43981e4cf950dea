package org.putright.code;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The deadlines of both stages. The Code allows exactly two stages (5.3), so there are two.
 *
 * <p>Each stage's deadlines count from that stage's own start (receipt, or the escalation request)
 * or from its acknowledgement; anything else would make the lifecycle count from an event that has
 * not happened yet, so the edition is refused.
 */
public record Timescales(StageTimescales stage1, StageTimescales stage2) {

    public Timescales {
        Objects.requireNonNull(stage1, "there are no stage 1 timescales");
        Objects.requireNonNull(stage2, "there are no stage 2 timescales");
        requireCountsFrom(1, stage1, CountsFrom.RECEIPT);
        requireCountsFrom(2, stage2, CountsFrom.ESCALATION_REQUEST);
    }

    /** The timescales of stage 1 or stage 2. */
    public StageTimescales stage(int stage) {
        return switch (stage) {
            case 1 -> stage1;
            case 2 -> stage2;
            default -> throw new IllegalArgumentException("There is no stage " + stage + "; the Code has two.");
        };
    }

    /** Every provision the timescales of both stages cite. */
    public List<ProvisionNumber> provisions() {
        return Stream.concat(stage1.provisions().stream(), stage2.provisions().stream())
                .toList();
    }

    private static void requireCountsFrom(int stage, StageTimescales timescales, CountsFrom start) {
        if (timescales.acknowledge().from() != start) {
            throw new IllegalArgumentException("stage " + stage + " acknowledgement counts from "
                    + timescales.acknowledge().from() + " instead of " + start);
        }
        CountsFrom respondFrom = timescales.respond().from();
        if (respondFrom != start && respondFrom != CountsFrom.ACKNOWLEDGEMENT) {
            throw new IllegalArgumentException("stage " + stage + " response counts from " + respondFrom
                    + " instead of " + start + " or ACKNOWLEDGEMENT");
        }
    }
}
