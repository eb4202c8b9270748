package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Self-evaluation vs re-evaluations of a department-year: each kind's latest result, its total and every
 * node's score, with the differences from the self-evaluation (none without one).
 */
public record Comparison(String department, int year, List<Compared> evaluations, Map<Kind, BigDecimal> totals,
                         Map<Kind, BigDecimal> totalDifferences, List<ComparedNode> nodes) {

    public record Compared(Kind kind, long evaluationId, BigDecimal total, String grade, OffsetDateTime scoredAt) {
    }

    public record ComparedNode(String code, String name, BigDecimal points, Map<Kind, BigDecimal> scores,
                               Map<Kind, BigDecimal> differences) {
    }

    /** @param latest the latest result of each kind that has one */
    public static Comparison of(String department, int year, Map<Kind, ScoreResult> latest) {
        List<Compared> evaluations = new ArrayList<>();
        Map<Kind, BigDecimal> totals = new EnumMap<>(Kind.class);
        Map<String, NodeScore> nodes = new LinkedHashMap<>();
        Map<String, Map<Kind, BigDecimal>> scores = new HashMap<>();
        new EnumMap<>(latest).forEach((kind, result) -> {
            evaluations.add(new Compared(kind, result.evaluationId(), result.total(), result.grade(), result.scoredAt()));
            totals.put(kind, result.total());
            result.nodes().stream().flatMap(NodeScore::flatten).forEach(n -> {
                nodes.putIfAbsent(n.code(), n);
                scores.computeIfAbsent(n.code(), c -> new EnumMap<>(Kind.class)).put(kind, n.score());
            });
        });
        List<ComparedNode> rows = nodes.values().stream().map(n -> new ComparedNode(n.code(), n.name(), n.points(),
                scores.get(n.code()), differences(scores.get(n.code())))).toList();
        return new Comparison(department, year, evaluations, totals, differences(totals), rows);
    }

    /** Each kind's value minus the self-evaluation's. */
    private static Map<Kind, BigDecimal> differences(Map<Kind, BigDecimal> values) {
        Map<Kind, BigDecimal> differences = new EnumMap<>(Kind.class);
        BigDecimal self = values.get(Kind.SELF);
        if (self != null) {
            values.forEach((kind, value) -> {
                if (kind != Kind.SELF) {
                    differences.put(kind, value.subtract(self));
                }
            });
        }
        return differences;
    }
}
