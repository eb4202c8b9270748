package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored scoring (docs/api.md): total, grade and recommendation, the scored tree with an
 * explanation per node, the key-task table, the budget snapshot it used and warnings.
 */
public record ScoreResult(long evaluationId, String framework, int frameworkVersion, String department, int year,
                          Kind kind, String lineCode, BigDecimal total, String grade, String gradeCode,
                          String recommendation, OffsetDateTime scoredAt, List<NodeScore> nodes, List<ScoredTask> tasks,
                          BudgetSnapshot budgetSnapshot, List<Warning> warnings) {

    /**
     * What budget-service said, when: the figures are kept as fetched. {@code execution} is the
     * MUNICIPAL scope; {@code executionAllFunds} is present only when scoring needed it (a node
     * scoped to ALL funds, or a project line outside the municipal appropriation), else null.
     */
    public record BudgetSnapshot(String asOf, OffsetDateTime fetchedAt, String lastChangedAt, JsonNode execution,
                                 JsonNode executionAllFunds) {
    }
}
