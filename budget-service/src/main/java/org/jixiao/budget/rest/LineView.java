package org.jixiao.budget.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.budget.domain.Category;
import org.jixiao.budget.domain.FundingSource;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.service.RecommendationService;

/**
 * A budget line with its adjusted budget at year end (initial + every adjustment) and, when the year's results
 * application (结果应用) was imported, the advice that applies to it (else null).
 */
public record LineView(String lineCode, String name, Category category, FundingSource fundingSource,
                       BigDecimal initialAmount, BigDecimal adjustedBudget, List<LineBudget.Adjustment> adjustments,
                       String projectKey, RecommendationService.Applied recommendation) {
    static LineView of(LineBudget line, int year) {
        return of(line, year, null);
    }

    static LineView of(LineBudget line, int year, RecommendationService.Applied recommendation) {
        return new LineView(line.lineCode(), line.name(), line.category(), line.fundingSource(), line.initialAmount(),
                line.adjustedAt(LocalDate.of(year, 12, 31)), line.adjustments(), line.projectKey(), recommendation);
    }
}
