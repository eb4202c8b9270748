package org.jixiao.budget.service;

import java.math.BigDecimal;
import org.jixiao.budget.domain.Category;
import org.jixiao.budget.domain.FundingSource;

/** A budget line to add to a department's fiscal year, with its 年初预算数 in yuan. */
public record NewBudgetLine(String lineCode, String name, Category category, FundingSource fundingSource,
                            BigDecimal initialAmount, String projectKey) {
}
