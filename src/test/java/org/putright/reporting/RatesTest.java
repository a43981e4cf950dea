package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rates and percentages round half-up to one decimal place, as API.md requires. */
class RatesTest {

    @Test
    void roundsHalfUpNotToEven() {
        // 9 per 7,200 homes is exactly 1.25 per 1,000: half-up gives 1.3 where half-even would give 1.2.
        assertThat(Rates.perThousand(9, 7200)).isEqualByComparingTo("1.3");
        // 1 of 16 is 6.25%.
        assertThat(Rates.percent(1, 16)).isEqualByComparingTo("6.3");
        assertThat(Rates.percent(2, 3)).isEqualByComparingTo("66.7");
    }

    @Test
    void aPercentageOfNothingIsNull() {
        assertThat(Rates.percent(0, 0)).isNull();
    }

    @Test
    void theDefaultPeriodIsTheReportingYearAroundToday() {
        assertThat(ReportingPeriod.reportingYearOf(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(ReportingPeriod.reportingYearOf(LocalDate.of(2026, 4, 1)))
                .isEqualTo(new ReportingPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
    }
}
