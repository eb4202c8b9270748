package org.jixiao.report.domain.rules;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.RuleSettings;
import org.jixiao.report.domain.SectionKey;

/** For every rule id, a change to the model report that makes that rule speak. */
final class Triggers {

    /** A change to the model snapshot and the narrative to check with it. */
    record Trigger(Consumer<ObjectNode> change, Map<SectionKey, String> narrative) {

        CheckContext context() {
            ObjectNode snapshot = Fixtures.snapshot();
            change.accept(snapshot);
            return CheckContext.of(ReportData.from(snapshot, Fixtures.MAPPER), narrative, RuleSettings.defaults());
        }

        List<Finding> check(ConsistencyRule rule) {
            List<Finding> out = new ArrayList<>();
            rule.check(context(), out);
            return out;
        }
    }

    static final Trigger MODEL_REPORT = new Trigger(s -> { }, Fixtures.narrative());

    static final Map<String, Trigger> BY_RULE = Map.ofEntries(
            entry("SUM-CATEGORIES", data("/executionMunicipal/total", "spent", new BigDecimal("36624525.00"), "rate", new BigDecimal("99.95"))),
            entry("SUM-SOURCES", data("/executionAll/bySource/1", "adjustedBudget", new BigDecimal("1800000.00"))),
            entry("SUM-LINES", data("/executionMunicipal/lines/3", "spent", new BigDecimal("1240000.00"), "rate", new BigDecimal("99.20"))),
            entry("RATE-DERIVED", data("/executionMunicipal/project", "rate", new BigDecimal("99.00"))),
            entry("SCORE-TOTAL", data("/evaluation/nodes/0/children/0/children/0", "score", new BigDecimal("9.00"))),
            entry("GRADE-BAND", data("/evaluation", "grade", "良", "gradeCode", "GOOD")),
            entry("TASK-POINTS", data("/evaluation/tasks/2", "points", 12)),
            entry("UNBOUND-FIGURE", narrative("接待厅安全性100%。")),
            entry("NARRATIVE-CONTRADICTION", narrative("项目支出预算完成率 99.00%，整体执行良好。")),
            entry("PLACEHOLDER-UNRESOLVED", narrative("该项目执行率{{execution.line.NOPE.rate}}。")),
            entry("LOW-EXECUTION-UNEXPLAINED", data("/executionMunicipal/project", "spent", new BigDecimal("7010750.00"), "rate", new BigDecimal("77.77"))),
            entry("LINE-LOW-EXECUTION", data("/executionMunicipal/lines/3", "spent", new BigDecimal("1000000.00"), "rate", new BigDecimal("80.00"))),
            entry("OVER-BUDGET", data("/executionMunicipal/lines/3", "spent", new BigDecimal("1275000.00"), "rate", new BigDecimal("102.00"))),
            entry("LINE-NO-SPENDING", data("/executionMunicipal/lines/3", "spent", BigDecimal.ZERO, "rate", new BigDecimal("0.00"))),
            entry("ADJUSTMENT-WITHOUT-REASON", data("/executionMunicipal/lines/5/adjustments/0", "reason", "")),
            entry("STALE-EVALUATION", new Trigger(Fixtures::changeBudgetAfterScoring, Map.of())),
            entry("EVALUATION-SNAPSHOT-MISMATCH", data("/evaluation/budgetSnapshot/execution/total", "spent", new BigDecimal("36000000.00"))),
            entry("EVALUATION-SUBJECT", data("/evaluation", "year", 2020)),
            entry("RANK-MISSING", new Trigger(Triggers::dropOwnRank, Map.of())),
            entry("SHORTFALL-UNEXPLAINED", new Trigger(Triggers::unexplainedShortfall, Map.of())),
            entry("TASK-OUTCOME-CONTRADICTION", new Trigger(s -> ((ObjectNode) s.at("/evaluation/tasks/0")).put("outcome",
                    "严格落实信访部门全员包案督办，全年推动化解信访事项8.91万件，按期答复率为99.00%。"), Map.of())),
            entry("PROJECT-TABLE-RATE", data("/projectEvaluations/0/budgetSnapshot/projectExecution/total", "rate", new BigDecimal("99.00"))),
            entry("PROJECT-TABLE-SOURCES", data("/projectEvaluations/0/budgetSnapshot/projectExecution/bySource/0",
                    "adjustedBudget", new BigDecimal("1800000.00"))),
            entry("PROJECT-TABLE-SCORE", data("/projectEvaluations/0", "total", new BigDecimal("99.00"))),
            // the recorded XXH entered 系统可用率99.6%; typed 98 it contradicts the actual
            entry("PROJECT-TABLE-OUTCOME", data("/projectEvaluations/0/targets", "goalOutcome", "系统可用率98%，年度绩效目标全部完成。")));

    private Triggers() {
    }

    /** Sets field/value pairs on the object at {@code path} of the snapshot. */
    private static Trigger data(String path, Object... fieldValues) {
        return new Trigger(s -> {
            ObjectNode target = (ObjectNode) s.at(path);
            for (int i = 0; i < fieldValues.length; i += 2) {
                target.set((String) fieldValues[i], Fixtures.MAPPER.valueToTree(fieldValues[i + 1]));
            }
        }, Map.of());
    }

    private static Trigger narrative(String achievements) {
        return new Trigger(s -> { }, Map.of(SectionKey.achievements, achievements));
    }

    /** evaluation-service's warning on a result whose 资金使用合规性 scored 4.50 of 5 without cause and remedy. */
    private static void unexplainedShortfall(ObjectNode snapshot) {
        ((ObjectNode) snapshot.at("/evaluation")).putArray("warnings").addObject()
                .put("code", "BELOW_FULL_POINTS_WITHOUT_EXPLANATION")
                .put("message", "指标未得满分，需说明偏差原因和改进措施: 资金使用合规性").put("node", "COMPLIANCE");
    }

    private static void dropOwnRank(ObjectNode snapshot) {
        ArrayNode rows = (ArrayNode) snapshot.at("/ranking/departments");
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (snapshot.path("department").asText().equals(rows.get(i).path("department").asText())) {
                rows.remove(i);
            }
        }
    }
}
