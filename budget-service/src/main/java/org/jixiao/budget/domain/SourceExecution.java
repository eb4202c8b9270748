package org.jixiao.budget.domain;

import java.math.BigDecimal;

/** Execution of one funding source inside the requested scope. */
public record SourceExecution(FundingSource fundingSource, BigDecimal initialBudget, BigDecimal adjustedBudget,
                              BigDecimal spent, BigDecimal unspent, BigDecimal rate, String rateNote, boolean overBudget) {

    static SourceExecution of(FundingSource source, Figures f) {
        return new SourceExecution(source, f.initialBudget(), f.adjustedBudget(), f.spent(), f.unspent(), f.rate(),
                f.rateNote(), f.overBudget());
    }
}
