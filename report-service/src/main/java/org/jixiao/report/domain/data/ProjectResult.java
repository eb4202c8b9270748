package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * evaluation-service GET /evaluations/{id}/result of a project's self-evaluation from approved targets
 * (framework PROJECT-TARGETS): what the 项目支出绩效自评表 prints.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectResult(Long evaluationId, String department, Integer year, BigDecimal total, String grade,
        Targets targets, List<ProjectNode> nodes, Budget budgetSnapshot) {

    /**
     * The approved targets the evaluation copied: the project, its 年度总体目标 and the 实际完成情况 the department
     * entered (null: not entered).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Targets(String projectKey, String projectName, String goal, String goalOutcome) {
    }

    /** The budget data the evaluation was scored on: budget-service's project execution as fetched. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(ProjectExecution projectExecution) {
    }

    /** budget-service GET …/projects/{projectKey}/execution: the project's lines across funding sources. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectExecution(String projectKey, Amounts total, List<SourceAmounts> bySource) {
        public List<SourceAmounts> sourceList() {
            return bySource == null ? List.of() : bySource;
        }
    }

    /**
     * A scored node. {@code inputs} stays JSON: its members depend on the method (EXECUTION_RATE: scope, adjustedBudget,
     * spent, rate; TARGET_RATIO: direction, target, actual; TIERED: tier, fraction). {@code indicator}, {@code cause} and
     * {@code remedy} are sent only when set (a leaf from approved targets, and what was entered with it).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectNode(String code, String name, BigDecimal points, BigDecimal score, String method, JsonNode inputs,
            String explanation, List<ProjectNode> children, IndicatorRow indicator, String cause, String remedy) {
        public List<ProjectNode> childList() {
            return children == null ? List.of() : children;
        }
    }

    /** How the 自评表 prints an approved indicator: levels, nature (≥ ≤ = 定性), 指标值 (number or text) and unit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorRow(String level1Label, String level2Label, String natureLabel, JsonNode value, String unit) {
    }

    public List<ProjectNode> nodeList() {
        return nodes == null ? List.of() : nodes;
    }

    public String projectKey() {
        return targets == null ? null : targets.projectKey();
    }

    public ProjectExecution execution() {
        return budgetSnapshot == null ? null : budgetSnapshot.projectExecution();
    }

    /** A root node by code (EXEC-RATE, INDICATORS), or null. */
    public ProjectNode node(String code) {
        return nodeList().stream().filter(n -> code.equals(n.code())).findFirst().orElse(null);
    }
}
