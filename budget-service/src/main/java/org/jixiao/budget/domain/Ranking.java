package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** City-wide ranking by spending progress (支出进度全市排名), stating the benchmark it used. */
public record Ranking(int year, LocalDate asOf, Scope scope, Benchmark benchmark, String benchmarkDescription,
                      BigDecimal timeProgress, List<Entry> departments) {

    public record Entry(int rank, String department, String departmentName, BigDecimal adjustedBudget,
                        BigDecimal spent, BigDecimal progress, BigDecimal timeProgress, Status status) {
    }
}
