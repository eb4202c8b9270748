package org.jixiao.budget.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.budget.domain.Category;
import org.jixiao.budget.domain.FundingSource;
import org.jixiao.budget.domain.LineBudget;

/** A budget line with its adjusted budget at year end (initial + every adjustment). */
public record LineView(String lineCode, String name, Category category, FundingSource fundingSource,
                       BigDecimal initialAmount, BigDecimal adjustedBudget, List<LineBudget.Adjustment> adjustments,
                       String projectKey) {
    static LineView of(LineBudget line, int year) {
        return new LineView(line.lineCode(), line.name(), line.category(), line.fundingSource(), line.initialAmount(),
                line.adjustedAt(LocalDate.of(year, 12, 31)), line.adjustments(), line.projectKey());
    }
}
