package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A department's budget execution for a fiscal year as of a date (the execution endpoint's body). */
public record Execution(String department, String departmentName, int year, LocalDate asOf, Scope scope,
                        Benchmark benchmark, Figures total, Figures basic, Figures project,
                        List<SourceExecution> bySource, List<LineExecution> lines, List<MonthProgress> monthly,
                        BigDecimal progress, BigDecimal timeProgress, Status status, OffsetDateTime lastChangedAt) {
}
