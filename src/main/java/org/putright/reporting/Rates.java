package org.putright.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Rates and percentages as the TSM reports them: rounded half-up to one decimal place. */
final class Rates {

    private Rates() {}

    /** {@code count} per 1,000 homes. */
    static BigDecimal perThousand(long count, int homes) {
        return BigDecimal.valueOf(count)
                .multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(homes), 1, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percentage of {@code whole}; null when the whole is nothing. */
    static @Nullable BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
