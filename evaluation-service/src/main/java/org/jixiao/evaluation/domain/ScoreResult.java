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
                          BudgetSnapshot budgetSnapshot, List<Warning> warnings, Targets targets) {

    /**
     * The approved performance targets (绩效目标) the evaluation copied its indicators from: the target set, its
     * version, the project (PROJECT scope), the 年度总体目标 and its 实际完成情况 as entered with the actuals (null: not
     * entered); null for an evaluation without targets.
     */
    public record Targets(long targetSetId, int version, TargetScope scope, String projectKey, String projectName,
                          String goal, String goalOutcome) {
    }

    /**
     * What budget-service said, when: the figures are kept as fetched. {@code execution} is the
     * MUNICIPAL scope; {@code executionAllFunds} is present only when scoring needed it (a node
     * scoped to ALL funds, or a project line outside the municipal appropriation), else null.
     */
    public record BudgetSnapshot(String asOf, OffsetDateTime fetchedAt, String lastChangedAt, JsonNode execution,
                                 JsonNode executionAllFunds, JsonNode projectExecution, JsonNode ranking) {

        public BudgetSnapshot(String asOf, OffsetDateTime fetchedAt, String lastChangedAt, JsonNode execution,
                              JsonNode executionAllFunds) {
            this(asOf, fetchedAt, lastChangedAt, execution, executionAllFunds, null, null);
        }
    }
}
