package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Ratios as percentages: computed from unrounded amounts, rounded once, HALF_UP to 2 decimals. */
public final class Percent {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** part ÷ whole in percent, or null when the whole is not positive (no rate for a zero budget). */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** The same ratio unrounded (12 decimals) for comparisons. */
    static BigDecimal exact(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 12, RoundingMode.HALF_UP);
    }

    public static BigDecimal round(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }
}
