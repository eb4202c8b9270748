package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Departments and lines behind time progress (YELLOW or RED), and lines spent above budget. */
public record Warnings(int year, LocalDate asOf, Scope scope, Benchmark benchmark, String benchmarkDescription,
                       List<DepartmentWarning> departments) {

    /** The same warnings for the given departments only. */
    public Warnings only(Set<String> visible) {
        return new Warnings(year, asOf, scope, benchmark, benchmarkDescription,
                departments.stream().filter(d -> visible.contains(d.department())).toList());
    }

    public record DepartmentWarning(String department, String departmentName, BigDecimal progress,
                                    BigDecimal timeProgress, Status status, List<LineWarning> lines) {
    }

    public record LineWarning(String lineCode, String name, Category category, FundingSource fundingSource,
                              BigDecimal adjustedBudget, BigDecimal spent, BigDecimal progress, Status status,
                              boolean overBudget) {
    }
}
