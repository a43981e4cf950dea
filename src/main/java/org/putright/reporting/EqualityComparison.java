package org.putright.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.putright.resident.EqualityCharacteristic;
import org.putright.resident.EqualityProfile;

/**
 * Compares the complainants of a period with the landlord's tenants, one characteristic at a time,
 * to find groups that complain less than their share of the tenants would lead one to expect and
 * so may face barriers to complaining (3.1, 3.3).
 *
 * <p>Only complainants who answered (in a group, not "prefer not to say") are compared with the
 * tenants counted in a group. A group's expected number is its share of the tenants times the
 * complainants who answered; the difference is judged by a one-sample test of proportions
 * ({@code z = (observed − expected) / √(n·p·(1−p))}), under- or over-represented beyond ±1.96 (95%).
 * Fewer than {@value #MIN_ANSWERED} answers, or an expected number under {@value #MIN_EXPECTED}, is
 * too few to conclude, and the report says so rather than reading meaning into noise.
 *
 * <p>Privacy: a group of 1 to {@value #SUPPRESS_BELOW_MINUS_ONE} complainants is shown as "fewer than
 * {@value #SUPPRESS_BELOW}" with no share or difference, and when that leaves exactly one group hidden
 * the next smallest is hidden too, so that no hidden count can be worked out from the total; with
 * fewer than {@value #SUPPRESS_BELOW} answers in all, the totals are hidden as well.
 */
public final class EqualityComparison {

    /** Counts from 1 up to this exclusive bound are not shown. */
    public static final int SUPPRESS_BELOW = 5;

    static final int SUPPRESS_BELOW_MINUS_ONE = SUPPRESS_BELOW - 1;

    /** Fewer answers than this are too few to conclude anything about a characteristic. */
    public static final int MIN_ANSWERED = 30;

    /** A group expected to have fewer complainants than this cannot be judged. */
    public static final int MIN_EXPECTED = 5;

    /** The two-sided 95% bound of the standard normal distribution. */
    static final double Z_BOUND = 1.96;

    private EqualityComparison() {}

    /** How the complainants compare with the tenants on one characteristic. */
    public static CharacteristicComparison compare(
            EqualityCharacteristic characteristic, EqualityProfile complainants, TenantPopulation tenants) {
        long answered = characteristic.groups().stream()
                .mapToLong(group -> complainants.count(characteristic, group.code()))
                .sum();
        long tenantTotal = tenants.total(characteristic);
        Set<String> hidden = hidden(characteristic, complainants);
        List<GroupComparison> groups = new ArrayList<>();
        for (EqualityCharacteristic.Group group : characteristic.groups()) {
            long observed = complainants.count(characteristic, group.code());
            long people = tenants.count(characteristic, group.code());
            boolean suppressed = hidden.contains(group.code());
            Assessment assessment = assess(observed, answered, people, tenantTotal);
            BigDecimal complainantShare = answered == 0 ? null : percent(observed, answered);
            BigDecimal tenantShare = tenantTotal == 0 ? null : percent(people, tenantTotal);
            BigDecimal difference = complainantShare == null || tenantShare == null
                    ? null
                    : BigDecimal.valueOf(100.0 * observed / answered - 100.0 * people / tenantTotal)
                            .setScale(1, RoundingMode.HALF_UP);
            groups.add(new GroupComparison(
                    group.code(),
                    group.label(),
                    suppressed ? null : observed,
                    suppressed,
                    suppressed ? null : complainantShare,
                    tenantTotal == 0 ? null : people,
                    tenantShare,
                    suppressed ? null : difference,
                    assessment));
        }
        // With 1 to 4 answers every group is hidden, and so are the totals they could be worked out from.
        boolean fewAnswers = answered > 0 && answered < SUPPRESS_BELOW;
        return new CharacteristicComparison(
                characteristic,
                characteristic.label(),
                fewAnswers ? null : answered,
                fewAnswers ? null : complainants.count(characteristic, EqualityCharacteristic.PREFER_NOT_TO_SAY),
                fewAnswers ? null : complainants.notRecorded(characteristic),
                tenantTotal == 0 ? null : tenantTotal,
                groups,
                conclusion(characteristic, answered, tenantTotal, groups));
    }

    static Assessment assess(long observed, long answered, long people, long tenantTotal) {
        if (tenantTotal == 0) {
            return Assessment.NO_TENANT_FIGURES;
        }
        double share = (double) people / tenantTotal;
        double expected = answered * share;
        if (answered < MIN_ANSWERED || expected < MIN_EXPECTED) {
            return Assessment.TOO_FEW_TO_CONCLUDE;
        }
        double spread = Math.sqrt(answered * share * (1 - share));
        if (spread == 0) {
            // Every tenant is in this group: complainants elsewhere mean the figures disagree, not a barrier.
            return Assessment.IN_LINE;
        }
        double z = (observed - expected) / spread;
        if (z <= -Z_BOUND) {
            return Assessment.UNDER_REPRESENTED;
        }
        return z >= Z_BOUND ? Assessment.OVER_REPRESENTED : Assessment.IN_LINE;
    }

    /** The groups whose counts are not shown: small ones, and one more when a single one would be. */
    static Set<String> hidden(EqualityCharacteristic characteristic, EqualityProfile complainants) {
        Set<String> hidden = new HashSet<>();
        for (EqualityCharacteristic.Group group : characteristic.groups()) {
            long count = complainants.count(characteristic, group.code());
            if (count > 0 && count < SUPPRESS_BELOW) {
                hidden.add(group.code());
            }
        }
        if (hidden.size() == 1) {
            characteristic.groups().stream()
                    .filter(group -> !hidden.contains(group.code()))
                    .filter(group -> complainants.count(characteristic, group.code()) > 0)
                    .min(Comparator.comparingLong(
                            (EqualityCharacteristic.Group group) -> complainants.count(characteristic, group.code())))
                    .ifPresent(group -> hidden.add(group.code()));
        }
        return hidden;
    }

    private static String conclusion(
            EqualityCharacteristic characteristic, long answered, long tenantTotal, List<GroupComparison> groups) {
        String name = characteristic.label().toLowerCase(java.util.Locale.UK);
        if (tenantTotal == 0) {
            return "No tenant figures for " + name + " in this reporting year: enter the tenant profile to compare.";
        }
        if (answered < MIN_ANSWERED) {
            String who = answered < SUPPRESS_BELOW
                    ? "Fewer than " + SUPPRESS_BELOW + " complainants gave their " + name
                    : "Only " + answered + " complainants gave their " + name + " (fewer than " + MIN_ANSWERED + ")";
            return who + ": too few to conclude whether any group faces barriers to complaining.";
        }
        List<String> under = groups.stream()
                .filter(group -> group.assessment() == Assessment.UNDER_REPRESENTED)
                .map(GroupComparison::label)
                .toList();
        if (!under.isEmpty()) {
            return "Fewer complainants than expected from the tenants, so these may face barriers to complaining: "
                    + String.join("; ", under) + ".";
        }
        return "No group is markedly under-represented among complainants by " + name + ".";
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** What the comparison says of one group. */
    public enum Assessment {
        UNDER_REPRESENTED("Fewer complainants than expected: may face barriers"),
        OVER_REPRESENTED("More complainants than expected"),
        IN_LINE("In line with the tenants"),
        TOO_FEW_TO_CONCLUDE("Too few to conclude"),
        NO_TENANT_FIGURES("No tenant figures");

        private final String words;

        Assessment(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One group: complainants who gave it (null when too few to show), their share of those who
     * answered, the tenants in it and their share, and the difference in percentage points.
     */
    public record GroupComparison(
            String group,
            String label,
            @Nullable Long complainants,
            boolean suppressed,
            @Nullable BigDecimal complainantShare,
            @Nullable Long tenants,
            @Nullable BigDecimal tenantShare,
            @Nullable BigDecimal difference,
            Assessment assessment) {}

    /**
     * One characteristic: complainants who answered in a group, who preferred not to say and whose
     * answer is not recorded (null, all three, when too few answered to show them); the tenants
     * counted; each group; and what can be concluded.
     */
    public record CharacteristicComparison(
            EqualityCharacteristic characteristic,
            String label,
            @Nullable Long answered,
            @Nullable Long preferNotToSay,
            @Nullable Long notRecorded,
            @Nullable Long tenants,
            List<GroupComparison> groups,
            String conclusion) {}
}
