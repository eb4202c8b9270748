package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** evaluation-service GET /evaluations/{id}/result (docs/api.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationResult(Long evaluationId, String department, Integer year, String kind, BigDecimal total, String grade,
        String gradeCode, String recommendation, String scoredAt, List<ScoreNode> nodes, List<KeyTask> tasks,
        BudgetSnapshot budgetSnapshot, List<ScoreWarning> warnings) {
    public List<ScoreNode> nodeList() {
        return nodes == null ? List.of() : nodes;
    }

    public List<ScoreWarning> warningList() {
        return warnings == null ? List.of() : warnings;
    }

    public List<KeyTask> taskList() {
        return tasks == null ? List.of() : tasks;
    }

    /** Depth-first search of the node tree by code. */
    public ScoreNode node(String code) {
        return find(nodeList(), code);
    }

    private static ScoreNode find(List<ScoreNode> nodes, String code) {
        for (ScoreNode n : nodes) {
            if (code.equals(n.code())) {
                return n;
            }
            ScoreNode inner = find(n.childList(), code);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
