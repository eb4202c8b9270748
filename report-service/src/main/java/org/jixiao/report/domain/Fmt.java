package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting of the printed report: amounts in 万元, rates in percent, scores in points. */
public final class Fmt {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fmt() {
    }

    /** Yuan → 万元 with 2 decimals, HALF_UP (36643500.00 → 3664.35). */
    public static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    public static String wanText(BigDecimal yuan) {
        return yuan == null ? "—" : wan(yuan).toPlainString();
    }

    /** A percentage value (99.915) printed with 2 decimals and the sign: "99.92%". */
    public static String percentText(BigDecimal percent) {
        return percent == null ? "—" : percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** spent ÷ budget in percent, 2 decimals HALF_UP, from unrounded amounts; null for a zero or missing budget. */
    public static BigDecimal rate(BigDecimal spent, BigDecimal budget) {
        if (spent == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /** Scores: whole numbers without decimals (50), others with 2 decimals (93.16). */
    public static String scoreText(BigDecimal score) {
        if (score == null) {
            return "—";
        }
        BigDecimal s = score.setScale(2, RoundingMode.HALF_UP);
        return s.stripTrailingZeros().scale() <= 0 ? s.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : s.toPlainString();
    }

    /** Plain numbers (task points, counts, indicator values) without trailing zeros. */
    public static String plain(BigDecimal n) {
        if (n == null) {
            return "—";
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
