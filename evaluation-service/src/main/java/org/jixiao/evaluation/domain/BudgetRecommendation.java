package org.jixiao.evaluation.domain;

import java.math.BigDecimal;

/**
 * One row of the results application (结果应用) for next year's budget: a department as a whole (no project key) or
 * one of its projects, with the stored result it comes from.
 *
 * @param year         the evaluated year; the advice is for year + 1
 * @param subject      what was evaluated, as users read it (部门整体, or the project's name)
 * @param basis        the kind of the evaluation whose result applies: FINANCE_REVIEW (finance's re-evaluation) over SELF
 * @param filed        whether that evaluation is FILED (备案)
 * @param cutPercent   the least cut against this year's budget in percent: 0 to keep, 100 to cancel, null for priority
 */
public record BudgetRecommendation(String department, String projectKey, String subject, int year, String grade,
                                   String gradeCode, BigDecimal total, BudgetAction action, BigDecimal cutPercent,
                                   String wording, Kind basis, long evaluationId, boolean filed) {
}
