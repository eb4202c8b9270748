package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An evaluation's tree built from approved performance targets: the framework's TARGET_INDICATORS node becomes a SUM
 * of 一级指标 groups (产出, 成本, 效益, 满意度), each a SUM of its 二级指标 groups, each a SUM of the project's own
 * indicators in the order declared. A leaf is TARGET_RATIO (≥, ≤, =: the approved value as target) or TIERED (定性),
 * its points the indicator's weight normalised to the node's points (weight × points ÷ Σ weights, 2 decimals, the
 * rounding remainders given to the largest fractions so the leaves add up to the node exactly).
 */
public final class TargetTree {
    /** Marks a leaf whose target and direction come from the approved targets: an input may not change them. */
    public static final String FROM_TARGETS = "fromTargets";

    private TargetTree() {
    }

    /** The leaf code of the indicator at a position (0-based) of the approved indicators: I1, I2, … */
    public static String code(int index) {
        return "I" + (index + 1);
    }

    public static boolean hasTargetIndicators(FrameworkNode root) {
        return root.flatten().anyMatch(n -> n.method() == Method.TARGET_INDICATORS);
    }

    /** The tree with every TARGET_INDICATORS node replaced by the indicators of {@code content}. */
    public static FrameworkNode expand(FrameworkNode node, TargetContent content) {
        if (node.method() == Method.TARGET_INDICATORS) {
            return indicators(node, content.indicators());
        }
        if (node.children().isEmpty()) {
            return node;
        }
        return new FrameworkNode(node.code(), node.name(), node.points(), node.method(), node.params(),
                node.children().stream().map(c -> expand(c, content)).toList());
    }

    private static FrameworkNode indicators(FrameworkNode node, List<TargetIndicator> indicators) {
        List<BigDecimal> points = normalised(indicators.stream().map(TargetIndicator::weight).toList(), node.points());
        Map<TargetLevel1, Map<TargetLevel2, List<FrameworkNode>>> groups = new LinkedHashMap<>();
        List<Integer> order = IntStream.range(0, indicators.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> indicators.get(i).level1().ordinal())
                        .thenComparing(i -> indicators.get(i).level2().ordinal()).thenComparing(i -> i)).toList();
        for (int i : order) {
            TargetIndicator indicator = indicators.get(i);
            groups.computeIfAbsent(indicator.level1(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(indicator.level2(), k -> new ArrayList<>()).add(leaf(i, indicator, points.get(i)));
        }
        List<FrameworkNode> level1 = new ArrayList<>();
        groups.forEach((l1, byLevel2) -> {
            List<FrameworkNode> level2 = new ArrayList<>();
            byLevel2.forEach((l2, leaves) -> level2.add(group(l1.name() + "." + l2.name(), l2.label() + "指标", leaves)));
            level1.add(group(l1.name(), l1.label() + "指标", level2));
        });
        return new FrameworkNode(node.code(), node.name(), node.points(), Method.SUM, Map.of(), level1);
    }

    private static FrameworkNode group(String code, String name, List<FrameworkNode> children) {
        BigDecimal points = children.stream().map(FrameworkNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FrameworkNode(code, name, points, Method.SUM, Map.of(), children);
    }

    private static FrameworkNode leaf(int index, TargetIndicator indicator, BigDecimal points) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(FROM_TARGETS, true);
        params.put("level1", indicator.level1().name());
        params.put("level2", indicator.level2().name());
        params.put("nature", indicator.nature().name());
        params.put("value", indicator.value());
        if (indicator.unit() != null) {
            params.put("unit", indicator.unit());
        }
        params.put("weight", indicator.weight());
        if (indicator.nature() == Direction.QUALITATIVE) {
            return new FrameworkNode(code(index), indicator.name(), points, Method.TIERED, params, List.of());
        }
        params.put("direction", indicator.nature().name());
        params.put("target", Numbers.of(indicator.value()));
        return new FrameworkNode(code(index), indicator.name(), points, Method.TARGET_RATIO, params, List.of());
    }

    /** How the 自评表 prints a leaf made from an approved indicator. */
    public static NodeScore.TargetRow row(FrameworkNode leaf) {
        Map<String, Object> p = leaf.params();
        TargetLevel1 level1 = TargetLevel1.valueOf(String.valueOf(p.get("level1")));
        TargetLevel2 level2 = TargetLevel2.valueOf(String.valueOf(p.get("level2")));
        Direction nature = Direction.valueOf(String.valueOf(p.get("nature")));
        return new NodeScore.TargetRow(level1.name(), level1.label() + "指标", level2.name(), level2.label() + "指标",
                nature.name(), new TargetIndicator(level1, level2, leaf.name(), nature, null, null, null).natureLabel(),
                p.get("value"), (String) p.get("unit"), p.get("weight") == null ? null : Numbers.of(p.get("weight")));
    }

    /**
     * Weights scaled to {@code total}, 2 decimals, adding up to it exactly: each share rounded down, then a cent
     * more to the largest remainders (ties: the earlier indicator).
     */
    static List<BigDecimal> normalised(List<BigDecimal> weights, BigDecimal total) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            return weights.stream().map(w -> BigDecimal.ZERO.setScale(2)).toList();
        }
        List<BigDecimal> exact = weights.stream().map(w -> w.multiply(total).divide(sum, 12, RoundingMode.HALF_UP)).toList();
        List<BigDecimal> shares = new ArrayList<>(exact.stream().map(e -> e.setScale(2, RoundingMode.DOWN)).toList());
        BigDecimal left = total.setScale(2, RoundingMode.HALF_UP).subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Integer> byRemainder = IntStream.range(0, exact.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(shares.get(i))).reversed()
                        .thenComparing(i -> i)).toList();
        BigDecimal cent = new BigDecimal("0.01");
        for (int k = 0; left.signum() > 0 && k < byRemainder.size(); k++, left = left.subtract(cent)) {
            int i = byRemainder.get(k);
            shares.set(i, shares.get(i).add(cent));
        }
        return shares;
    }
}
