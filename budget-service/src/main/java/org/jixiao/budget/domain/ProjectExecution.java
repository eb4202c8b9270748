package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A project's execution (项目资金): its lines across every funding source, as the 项目支出绩效自评表 reads them —
 * total 年初预算数 / 全年预算数 / 全年执行数 / 执行率, the same by funding source (当年财政拨款 MUNICIPAL, 上年结转 CARRY_OVER,
 * 其他资金 TRANSFER and OTHER), each line, and monthly progress against time progress.
 */
public record ProjectExecution(String department, String departmentName, int year, String projectKey, LocalDate asOf,
                               Benchmark benchmark, Figures total, List<SourceExecution> bySource,
                               List<LineExecution> lines, List<MonthProgress> monthly, BigDecimal progress,
                               BigDecimal timeProgress, Status status, OffsetDateTime lastChangedAt) {

    /** @param execution computed over the project's lines only, in scope ALL */
    public static ProjectExecution of(String projectKey, Execution execution) {
        return new ProjectExecution(execution.department(), execution.departmentName(), execution.year(), projectKey,
                execution.asOf(), execution.benchmark(), execution.total(), execution.bySource(), execution.lines(),
                execution.monthly(), execution.progress(), execution.timeProgress(), execution.status(),
                execution.lastChangedAt());
    }
}
