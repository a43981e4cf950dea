package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.putright.reporting.EqualityComparison.Assessment;
import org.putright.reporting.EqualityComparison.CharacteristicComparison;
import org.putright.reporting.EqualityComparison.GroupComparison;
import org.putright.resident.EqualityCharacteristic;
import org.putright.resident.EqualityProfile;
import org.putright.settings.ReportingYear;

/**
 * The comparison of complainants with tenants, worked by hand. z = (observed − expected) / √(n·p·(1−p)).
 */
class EqualityComparisonTest {

    private static final ReportingYear YEAR = new ReportingYear(2025);

    @Test
    void aGroupComplainingFarLessThanItsShareOfTenantsMayFaceBarriers() {
        // Tenants 600 female, 400 male; 100 complainants answered: 40 female, 60 male, and 5 preferred not
        // to say, of 110 complainants (so 5 not recorded). Female: expected 60, spread √(100·0.6·0.4) = 4.899,
        // z = −20 / 4.899 = −4.08: under-represented. Male: z = +4.08: over-represented.
        EqualityProfile complainants = new EqualityProfile(
                110, Map.of(EqualityCharacteristic.SEX, Map.of("FEMALE", 40L, "MALE", 60L, "PREFER_NOT_TO_SAY", 5L)));
        TenantPopulation tenants = population(EqualityCharacteristic.SEX, Map.of("FEMALE", 600L, "MALE", 400L));

        CharacteristicComparison sex = EqualityComparison.compare(EqualityCharacteristic.SEX, complainants, tenants);

        assertThat(sex.answered()).isEqualTo(100);
        assertThat(sex.preferNotToSay()).isEqualTo(5);
        assertThat(sex.notRecorded()).isEqualTo(5);
        assertThat(sex.tenants()).isEqualTo(1000);
        GroupComparison female = group(sex, "FEMALE");
        assertThat(female.complainants()).isEqualTo(40);
        assertThat(female.complainantShare()).isEqualByComparingTo("40.0");
        assertThat(female.tenants()).isEqualTo(600);
        assertThat(female.tenantShare()).isEqualByComparingTo("60.0");
        assertThat(female.difference()).isEqualByComparingTo("-20.0");
        assertThat(female.assessment()).isEqualTo(Assessment.UNDER_REPRESENTED);
        assertThat(group(sex, "MALE").assessment()).isEqualTo(Assessment.OVER_REPRESENTED);
        assertThat(sex.conclusion()).contains("may face barriers to complaining: Female.");
    }

    @Test
    void aDifferenceWithinChanceIsInLineAndSmallCountsAreHiddenWithTheNextSmallest() {
        // Tenants 250 disabled, 750 not; 30 answered: 3 disabled, 27 not. Disabled: expected 7.5, spread
        // √(30·0.25·0.75) = 2.372, z = −4.5 / 2.372 = −1.90: within ±1.96, so in line. 3 is under 5 and
        // hidden; hidden alone it could be worked out from 30, so 27 is hidden too.
        EqualityProfile complainants = new EqualityProfile(
                30, Map.of(EqualityCharacteristic.DISABILITY, Map.of("DISABLED", 3L, "NOT_DISABLED", 27L)));
        TenantPopulation tenants =
                population(EqualityCharacteristic.DISABILITY, Map.of("DISABLED", 250L, "NOT_DISABLED", 750L));

        CharacteristicComparison disability =
                EqualityComparison.compare(EqualityCharacteristic.DISABILITY, complainants, tenants);

        GroupComparison disabled = group(disability, "DISABLED");
        assertThat(disabled.assessment()).isEqualTo(Assessment.IN_LINE);
        assertThat(disabled.suppressed()).isTrue();
        assertThat(disabled.complainants()).isNull();
        assertThat(disabled.complainantShare()).isNull();
        assertThat(disabled.difference()).isNull();
        assertThat(disabled.tenantShare()).isEqualByComparingTo("25.0");
        GroupComparison notDisabled = group(disability, "NOT_DISABLED");
        assertThat(notDisabled.suppressed()).isTrue();
        assertThat(notDisabled.complainants()).isNull();
        assertThat(disability.conclusion()).startsWith("No group is markedly under-represented");
    }

    @Test
    void underThirtyAnswersIsTooFewToConclude() {
        EqualityProfile complainants =
                new EqualityProfile(29, Map.of(EqualityCharacteristic.SEX, Map.of("FEMALE", 5L, "MALE", 24L)));
        TenantPopulation tenants = population(EqualityCharacteristic.SEX, Map.of("FEMALE", 500L, "MALE", 500L));

        CharacteristicComparison sex = EqualityComparison.compare(EqualityCharacteristic.SEX, complainants, tenants);

        assertThat(sex.groups()).extracting(GroupComparison::assessment).containsOnly(Assessment.TOO_FEW_TO_CONCLUDE);
        assertThat(sex.conclusion())
                .isEqualTo("Only 29 complainants gave their sex (fewer than 30): too few to"
                        + " conclude whether any group faces barriers to complaining.");
        // Counts of 5 and more are shown: nothing here is hidden.
        assertThat(group(sex, "FEMALE").complainants()).isEqualTo(5);
    }

    @Test
    void withFewerThanFiveAnswersTheTotalsAreHiddenToo() {
        // 3 answered, all disabled: showing 3 answered would give the hidden group away.
        EqualityProfile complainants =
                new EqualityProfile(20, Map.of(EqualityCharacteristic.DISABILITY, Map.of("DISABLED", 3L)));

        CharacteristicComparison disability = EqualityComparison.compare(
                EqualityCharacteristic.DISABILITY,
                complainants,
                population(EqualityCharacteristic.DISABILITY, Map.of("DISABLED", 250L, "NOT_DISABLED", 750L)));

        assertThat(disability.answered()).isNull();
        assertThat(disability.notRecorded()).isNull();
        assertThat(group(disability, "DISABLED").complainants()).isNull();
        assertThat(disability.conclusion())
                .startsWith("Fewer than 5 complainants gave their disability: too few to conclude");
    }

    @Test
    void aGroupExpectedToHaveFewerThanFiveComplainantsCannotBeJudged() {
        // 100 answered; 2% of tenants are 16 to 24, so 2 expected: too few, whatever was observed.
        assertThat(EqualityComparison.assess(0, 100, 20, 1000)).isEqualTo(Assessment.TOO_FEW_TO_CONCLUDE);
        // 5% expected 5 of 100: judged. 0 observed: z = −5 / √(100·0.05·0.95) = −2.29.
        assertThat(EqualityComparison.assess(0, 100, 50, 1000)).isEqualTo(Assessment.UNDER_REPRESENTED);
    }

    @Test
    void withoutTenantFiguresNothingIsCompared() {
        EqualityProfile complainants = new EqualityProfile(
                40, Map.of(EqualityCharacteristic.ETHNIC_GROUP, Map.of("WHITE", 30L, "BLACK", 10L)));

        CharacteristicComparison ethnicity = EqualityComparison.compare(
                EqualityCharacteristic.ETHNIC_GROUP, complainants, TenantPopulation.none(YEAR));

        assertThat(ethnicity.tenants()).isNull();
        assertThat(ethnicity.groups())
                .extracting(GroupComparison::assessment)
                .containsOnly(Assessment.NO_TENANT_FIGURES);
        assertThat(group(ethnicity, "WHITE").complainantShare()).isEqualByComparingTo(new BigDecimal("75.0"));
        assertThat(ethnicity.conclusion()).startsWith("No tenant figures for ethnic group");
    }

    @Test
    void aTenantProfileRefusesGroupsOfAnotherCharacteristicAndNegativeCounts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> population(EqualityCharacteristic.SEX, Map.of("DISABLED", 10L)))
                .isInstanceOf(org.putright.system.problem.InvalidInput.class)
                .hasMessageContaining("counts.SEX.DISABLED");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> population(EqualityCharacteristic.SEX, Map.of("MALE", -1L)))
                .isInstanceOf(org.putright.system.problem.InvalidInput.class);
    }

    private static TenantPopulation population(EqualityCharacteristic characteristic, Map<String, Long> counts) {
        return new TenantPopulation(YEAR, Map.of(characteristic, counts), null, null);
    }

    private static GroupComparison group(CharacteristicComparison comparison, String code) {
        return comparison.groups().stream()
                .filter(group -> group.group().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
