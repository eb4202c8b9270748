package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * 序时进度: the share of the year that should have been spent by a date, in percent (unrounded).
 * Each benchmark defines a cumulative target at every month end; inside a month the target is
 * interpolated by day, so a month end gives exactly the benchmark's figure (month ÷ 12 for LINEAR).
 */
public final class TimeProgress {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final Benchmark benchmark;
    private final List<BigDecimal> quarterlyTargets;
    private final List<BigDecimal> monthlyPlan;

    /**
     * @param quarterlyTargets cumulative percent at the end of each quarter (4 values), for QUARTERLY
     * @param monthlyPlan cumulative percent at the end of each month (12 values), for PLAN
     */
    public TimeProgress(Benchmark benchmark, List<BigDecimal> quarterlyTargets, List<BigDecimal> monthlyPlan) {
        this.benchmark = benchmark;
        this.quarterlyTargets = quarterlyTargets;
        this.monthlyPlan = monthlyPlan;
        if (benchmark == Benchmark.QUARTERLY && (quarterlyTargets == null || quarterlyTargets.size() != 4)) {
            throw new IllegalArgumentException("QUARTERLY needs 4 cumulative quarterly targets");
        }
        if (benchmark == Benchmark.PLAN && (monthlyPlan == null || monthlyPlan.size() != 12)) {
            throw new IllegalArgumentException("PLAN needs 12 cumulative monthly percentages");
        }
    }

    public static TimeProgress linear() {
        return new TimeProgress(Benchmark.LINEAR, null, null);
    }

    /** Time progress in percent at the given date of the fiscal year (0 before, the year-end target after). */
    public BigDecimal at(int year, LocalDate date) {
        if (date.getYear() < year) {
            return BigDecimal.ZERO;
        }
        if (date.getYear() > year) {
            return atMonthEnd(12);
        }
        int month = date.getMonthValue();
        BigDecimal before = atMonthEnd(month - 1);
        BigDecimal after = atMonthEnd(month);
        BigDecimal fraction = BigDecimal.valueOf(date.getDayOfMonth())
                .divide(BigDecimal.valueOf(date.lengthOfMonth()), 12, RoundingMode.HALF_UP);
        return before.add(after.subtract(before).multiply(fraction)).setScale(10, RoundingMode.HALF_UP);
    }

    /** Cumulative target at the end of month {@code month} (0 = start of year). */
    public BigDecimal atMonthEnd(int month) {
        if (month <= 0) {
            return BigDecimal.ZERO;
        }
        return switch (benchmark) {
            case LINEAR -> Percent.HUNDRED.multiply(BigDecimal.valueOf(month)).divide(TWELVE, 10, RoundingMode.HALF_UP);
            case PLAN -> monthlyPlan.get(month - 1);
            case QUARTERLY -> {
                int quarter = (month - 1) / 3;
                BigDecimal start = quarter == 0 ? BigDecimal.ZERO : quarterlyTargets.get(quarter - 1);
                BigDecimal end = quarterlyTargets.get(quarter);
                int monthsIn = month - quarter * 3;
                yield start.add(end.subtract(start).multiply(BigDecimal.valueOf(monthsIn))
                        .divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP));
            }
        };
    }

    public Benchmark benchmark() {
        return benchmark;
    }
}
