package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.List;

/** One budget line's execution, with the adjustments that explain its adjusted budget. */
public record LineExecution(String lineCode, String name, Category category, FundingSource fundingSource,
                            BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent, BigDecimal unspent,
                            BigDecimal rate, String rateNote, boolean overBudget,
                            List<LineBudget.Adjustment> adjustments, String projectKey) {

    static LineExecution of(LineBudget line, Figures figures, List<LineBudget.Adjustment> effective) {
        return new LineExecution(line.lineCode(), line.name(), line.category(), line.fundingSource(),
                figures.initialBudget(), figures.adjustedBudget(), figures.spent(), figures.unspent(),
                figures.rate(), figures.rateNote(), figures.overBudget(), effective, line.projectKey());
    }
}
