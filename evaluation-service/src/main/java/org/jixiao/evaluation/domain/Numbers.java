package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number helpers: scores round to 2 decimals HALF_UP at the leaf; percentages print with 2 decimals. */
public final class Numbers {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    public static BigDecimal of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        return new BigDecimal(value.toString());
    }

    public static BigDecimal score(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal min1(BigDecimal fraction) {
        return fraction.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : fraction;
    }

    /** A fraction of 1 in percent with 2 decimals (HALF_UP), as every rate leaves the service: 0.999209 → 99.92. */
    public static BigDecimal toPercent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** A fraction as a printed percentage, e.g. 0.999209 → "99.92%". */
    public static String percent(BigDecimal fraction) {
        return toPercent(fraction).toPlainString() + "%";
    }

    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.stripTrailingZeros().toPlainString();
    }
}
