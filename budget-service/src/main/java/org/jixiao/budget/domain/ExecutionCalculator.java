package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns budget lines, their spending and monthly totals into execution figures. Amounts stay
 * exact; only rates are rounded (in {@link Percent}).
 */
public final class ExecutionCalculator {
    private final StatusPolicy statusPolicy;

    public ExecutionCalculator(StatusPolicy statusPolicy) {
        this.statusPolicy = statusPolicy;
    }

    /**
     * @param lines every line of the department-year (filtered here by scope)
     * @param spending spending of each line id per month (index 0 = January), the current month up to asOf
     */
    public Execution calculate(String department, String departmentName, int year, LocalDate asOf, Scope scope,
                               TimeProgress timeProgress, List<LineBudget> lines, Map<Long, BigDecimal[]> spending,
                               OffsetDateTime lastChangedAt) {
        BigDecimal[] monthlySpent = new BigDecimal[12];
        LocalDate effectiveDate = clampToYear(year, asOf);
        Figures total = Figures.ZERO;
        Figures basic = Figures.ZERO;
        Figures project = Figures.ZERO;
        Map<FundingSource, Figures> bySource = new EnumMap<>(FundingSource.class);
        List<LineExecution> lineResults = new ArrayList<>();
        List<LineBudget> scoped = new ArrayList<>();
        for (LineBudget line : lines) {
            if (!scope.includes(line.fundingSource())) {
                continue;
            }
            scoped.add(line);
            BigDecimal spent = BigDecimal.ZERO;
            BigDecimal[] months = spending.get(line.id());
            for (int m = 0; months != null && m < 12; m++) {
                if (months[m] != null) {
                    spent = spent.add(months[m]);
                    monthlySpent[m] = monthlySpent[m] == null ? months[m] : monthlySpent[m].add(months[m]);
                }
            }
            Figures figures = Figures.of(line.initialAmount(), line.adjustedAt(effectiveDate), spent);
            List<LineBudget.Adjustment> effective = line.adjustments().stream()
                    .filter(a -> !a.effectiveDate().isAfter(effectiveDate)).toList();
            lineResults.add(LineExecution.of(line, figures, effective));
            total = total.plus(figures);
            if (line.category() == Category.BASIC) {
                basic = basic.plus(figures);
            } else {
                project = project.plus(figures);
            }
            bySource.merge(line.fundingSource(), figures, Figures::plus);
        }
        List<SourceExecution> sources = bySource.entrySet().stream()
                .map(e -> SourceExecution.of(e.getKey(), e.getValue())).toList();
        BigDecimal timeNow = Percent.round(timeProgress.at(year, asOf));
        List<MonthProgress> monthly = monthly(year, asOf, timeProgress, scoped, monthlySpent);
        return new Execution(department, departmentName, year, asOf, scope, timeProgress.benchmark(), total, basic,
                project, sources, lineResults, monthly, total.rate(), timeNow,
                statusPolicy.statusOf(total.rate(), timeNow), lastChangedAt);
    }

    private List<MonthProgress> monthly(int year, LocalDate asOf, TimeProgress timeProgress, List<LineBudget> lines,
                                        BigDecimal[] monthlySpent) {
        int lastMonth = asOf.getYear() < year ? 0 : asOf.getYear() > year ? 12 : asOf.getMonthValue();
        List<MonthProgress> months = new ArrayList<>(lastMonth);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int month = 1; month <= lastMonth; month++) {
            LocalDate at = month == lastMonth && asOf.getYear() == year ? asOf : YearMonth.of(year, month).atEndOfMonth();
            BigDecimal spent = monthlySpent[month - 1] == null ? BigDecimal.ZERO : monthlySpent[month - 1];
            cumulative = cumulative.add(spent);
            BigDecimal budget = BigDecimal.ZERO;
            for (LineBudget line : lines) {
                budget = budget.add(line.adjustedAt(at));
            }
            BigDecimal progress = Percent.of(cumulative, budget);
            BigDecimal time = Percent.round(timeProgress.at(year, at));
            months.add(new MonthProgress(month, spent, cumulative, progress, time, statusPolicy.statusOf(progress, time)));
        }
        return months;
    }

    /** Budgets and spending of a fiscal year stop at its last day. */
    private static LocalDate clampToYear(int year, LocalDate date) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return date.isAfter(end) ? end : date;
    }
}
