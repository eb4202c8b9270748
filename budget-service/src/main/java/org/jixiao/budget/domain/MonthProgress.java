package org.jixiao.budget.domain;

import java.math.BigDecimal;

/**
 * Spending in one month and progress at its end (or at asOf for the current month).
 * progress = cumulative spent ÷ adjusted budget at that date; both in percent.
 */
public record MonthProgress(int month, BigDecimal spent, BigDecimal cumulativeSpent, BigDecimal progress,
                            BigDecimal timeProgress, Status status) {
}
