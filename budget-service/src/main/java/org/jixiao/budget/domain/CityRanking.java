package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ranks departments by spending progress and finds those behind time progress. */
public final class CityRanking {

    /** A department's line as of a date. */
    public record Line(String department, String departmentName, String lineCode, String name, Category category,
                       FundingSource fundingSource, BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent) {
    }

    private record DepartmentTotal(String code, String name, Figures figures, BigDecimal exactProgress) {
    }

    private final StatusPolicy statusPolicy;

    public CityRanking(StatusPolicy statusPolicy) {
        this.statusPolicy = statusPolicy;
    }

    /**
     * Highest progress first; departments with no budget last; equal progress by department code.
     *
     * @param timeProgressOf time progress (percent) of a department code at asOf
     */
    public List<Ranking.Entry> rank(List<Line> lines, Function<String, BigDecimal> timeProgressOf) {
        List<DepartmentTotal> totals = totals(lines);
        totals.sort(Comparator.comparing(DepartmentTotal::exactProgress, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DepartmentTotal::code));
        List<Ranking.Entry> entries = new ArrayList<>(totals.size());
        for (DepartmentTotal t : totals) {
            BigDecimal time = Percent.round(timeProgressOf.apply(t.code()));
            entries.add(new Ranking.Entry(entries.size() + 1, t.code(), t.name(), t.figures().adjustedBudget(),
                    t.figures().spent(), t.figures().rate(), time, statusPolicy.statusOf(t.figures().rate(), time)));
        }
        return entries;
    }

    public List<Warnings.DepartmentWarning> warnings(List<Line> lines, Function<String, BigDecimal> timeProgressOf) {
        Map<String, List<Line>> byDepartment = new LinkedHashMap<>();
        lines.forEach(line -> byDepartment.computeIfAbsent(line.department(), k -> new ArrayList<>()).add(line));
        List<Warnings.DepartmentWarning> result = new ArrayList<>();
        for (DepartmentTotal t : totals(lines)) {
            BigDecimal time = Percent.round(timeProgressOf.apply(t.code()));
            Status status = statusPolicy.statusOf(t.figures().rate(), time);
            List<Warnings.LineWarning> behind = new ArrayList<>();
            for (Line line : byDepartment.get(t.code())) {
                Figures f = Figures.of(line.initialBudget(), line.adjustedBudget(), line.spent());
                Status lineStatus = statusPolicy.statusOf(f.rate(), time);
                if (lineStatus == Status.YELLOW || lineStatus == Status.RED || f.overBudget()) {
                    behind.add(new Warnings.LineWarning(line.lineCode(), line.name(), line.category(),
                            line.fundingSource(), f.adjustedBudget(), f.spent(), f.rate(), lineStatus, f.overBudget()));
                }
            }
            if (status == Status.YELLOW || status == Status.RED || !behind.isEmpty()) {
                result.add(new Warnings.DepartmentWarning(t.code(), t.name(), t.figures().rate(), time, status, behind));
            }
        }
        return result;
    }

    private static List<DepartmentTotal> totals(List<Line> lines) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Line line : lines) {
            figures.merge(line.department(), Figures.of(line.initialBudget(), line.adjustedBudget(), line.spent()), Figures::plus);
            names.putIfAbsent(line.department(), line.departmentName());
        }
        List<DepartmentTotal> totals = new ArrayList<>();
        figures.forEach((code, f) -> totals.add(new DepartmentTotal(code, names.get(code), f,
                Percent.exact(f.spent(), f.adjustedBudget()))));
        return totals;
    }

    public static LocalDate defaultAsOf(int year, LocalDate today) {
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
    }
}
