package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jixiao.platform.problem.FieldError;

/** Validation of frameworks, indicator inputs and key tasks; every reason is reported, not just the first. */
public final class Rules {
    private static final Set<String> SCOPES = Set.of("MUNICIPAL", "ALL");
    private static final Set<String> CATEGORIES = Set.of("BASIC", "PROJECT");
    /** Where a DEDUCTION's actual comes from: entered, or computed from budget-service's execution. */
    private static final Set<String> COMPUTED_SOURCES = Set.of("INPUT", "CARRY_OVER_RATE", "ADJUSTMENT_RATE");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** A number in params holds at most 15 integer digits and 10 decimals (as every JSON number the service reads). */
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_DECIMALS = 10;

    private Rules() {
    }

    /** Whether the text is a valid code: 1–64 letters, digits, '-', '_' or '.' (codes appear in URLs). */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static List<FieldError> framework(FrameworkNode root) {
        List<FieldError> problems = new ArrayList<>();
        node(root, "", problems, new HashSet<>());
        long tasksNodes = root.flatten().filter(n -> n.method() == Method.TASKS).count();
        if (tasksNodes > 1) {
            problems.add(new FieldError("", "at most one TASKS node per framework (found " + tasksNodes + ")"));
        }
        long targetNodes = root.flatten().filter(n -> n.method() == Method.TARGET_INDICATORS).count();
        if (targetNodes > 1) {
            problems.add(new FieldError("", "at most one TARGET_INDICATORS node per framework (found " + targetNodes + ")"));
        }
        return problems;
    }

    private static void node(FrameworkNode n, String path, List<FieldError> problems, Set<String> codes) {
        String at = path.isEmpty() ? "" : path + ".";
        if (n.code() == null || n.code().isBlank()) {
            problems.add(new FieldError(at + "code", "is required"));
        } else if (!isCode(n.code())) {
            problems.add(new FieldError(at + "code", "must be 1–64 letters, digits, '-', '_' or '.' (it appears in URLs): " + n.code()));
        } else if (!codes.add(n.code())) {
            problems.add(new FieldError(at + "code", "duplicate code " + n.code()));
        }
        if (n.name() == null || n.name().isBlank()) {
            problems.add(new FieldError(at + "name", "is required"));
        }
        if (n.points() == null || n.points().signum() < 0) {
            problems.add(new FieldError(at + "points", "must be 0 or more"));
        }
        if (n.method() == null) {
            problems.add(new FieldError(at + "method", "is required: one of " + Arrays.toString(Method.values())));
            for (int i = 0; i < n.children().size(); i++) {
                node(n.children().get(i), at + "children[" + i + "]", problems, codes);
            }
            return;
        }
        if (n.method() == Method.SUM) {
            if (n.children().isEmpty()) {
                problems.add(new FieldError(at + "children", "a SUM node needs children"));
            } else if (n.points() != null) {
                BigDecimal sum = n.children().stream().map(c -> c.points() == null ? BigDecimal.ZERO : c.points())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(n.points()) != 0) {
                    problems.add(new FieldError(at + "points", "children add up to " + sum.toPlainString() + ", not "
                            + n.points().toPlainString()));
                }
            }
        } else if (!n.children().isEmpty()) {
            problems.add(new FieldError(at + "children", n.method() + " is a leaf method: no children"));
        }
        params(n, at + "params", problems);
        for (int i = 0; i < n.children().size(); i++) {
            node(n.children().get(i), at + "children[" + i + "]", problems, codes);
        }
    }

    @SuppressWarnings("unchecked")
    private static void params(FrameworkNode n, String at, List<FieldError> problems) {
        Map<String, Object> p = n.params();
        switch (n.method()) {
            case EXECUTION_RATE -> {
                if (p.containsKey("scope") && !SCOPES.contains(String.valueOf(p.get("scope")))) {
                    problems.add(new FieldError(at + ".scope", "must be MUNICIPAL or ALL"));
                }
                if (p.containsKey("category") && !CATEGORIES.contains(String.valueOf(p.get("category")))) {
                    problems.add(new FieldError(at + ".category", "must be BASIC or PROJECT"));
                }
            }
            case SPENDING_PROGRESS -> {
                Object c = p.get("checkpoints");
                if (c != null && (!(c instanceof List<?> list) || list.isEmpty()
                        || list.stream().anyMatch(m -> !isMonth(m)))) {
                    problems.add(new FieldError(at + ".checkpoints", "must be a non-empty list of months 1–12"));
                }
            }
            case DEDUCTION -> {
                number(p, "threshold", at, problems, false);
                number(p, "perUnit", at, problems, true);
                if (p.containsKey("direction") && !Set.of("ABOVE", "BELOW").contains(String.valueOf(p.get("direction")))) {
                    problems.add(new FieldError(at + ".direction", "must be ABOVE or BELOW"));
                }
                if (p.containsKey("source") && !COMPUTED_SOURCES.contains(String.valueOf(p.get("source")))) {
                    problems.add(new FieldError(at + ".source", "must be INPUT, CARRY_OVER_RATE or ADJUSTMENT_RATE"));
                }
                Set<String> scopes = "CARRY_OVER_RATE".equals(String.valueOf(p.get("source")))
                        ? Set.of("MUNICIPAL", "ALL", "FISCAL") : SCOPES;
                if (p.containsKey("scope") && !scopes.contains(String.valueOf(p.get("scope")))) {
                    problems.add(new FieldError(at + ".scope", "must be one of " + new TreeSet<>(scopes)
                            + " (FISCAL: 当年财政拨款 and 上年结转, for CARRY_OVER_RATE)"));
                }
            }
            case TIERED -> {
                Object bands = p.get("bands");
                if (bands != null) {
                    if (!(bands instanceof Map<?, ?> map)) {
                        problems.add(new FieldError(at + ".bands", "must map tiers to [low, high]"));
                    } else {
                        map.forEach((tier, range) -> {
                            boolean ok = Set.of("ACHIEVED", "PARTIAL", "NOT_ACHIEVED").contains(String.valueOf(tier))
                                    && range instanceof List<?> r && r.size() == 2 && isFraction(r.get(0)) && isFraction(r.get(1))
                                    && decimal(r.get(0)).compareTo(decimal(r.get(1))) <= 0;
                            if (!ok) {
                                problems.add(new FieldError(at + ".bands." + tier, "must be [low, high] with 0 ≤ low ≤ high ≤ 1"));
                            }
                        });
                    }
                }
            }
            case RANKING -> {
                rankBands(p.get("bands"), at + ".bands", problems);
                if (p.containsKey("scope") && !SCOPES.contains(String.valueOf(p.get("scope")))) {
                    problems.add(new FieldError(at + ".scope", "must be MUNICIPAL or ALL"));
                }
            }
            case TARGET_RATIO -> {
                if (p.containsKey("direction") && !Set.of("GE", "LE", "EQ").contains(String.valueOf(p.get("direction")))) {
                    problems.add(new FieldError(at + ".direction", "must be GE, LE or EQ"));
                }
                if (p.containsKey("target")) {
                    number(p, "target", at, problems, false);
                }
            }
            default -> {
            }
        }
    }

    /**
     * RANKING bands: a non-empty list, each with {@code share} in [0, 1] and at most one of {@code upTo} (a rank from 1)
     * and {@code upToPercent} (0–100], the bounds rising; a band without a bound, if any, comes last.
     */
    private static void rankBands(Object bands, String at, List<FieldError> problems) {
        if (!(bands instanceof List<?> list) || list.isEmpty()) {
            problems.add(new FieldError(at, "is required: a list of bands such as [{\"upTo\": 3, \"share\": 1}, {\"share\": 0.6}]"));
            return;
        }
        BigDecimal lastRank = BigDecimal.ZERO;
        BigDecimal lastPercent = BigDecimal.ZERO;
        for (int i = 0; i < list.size(); i++) {
            String band = at + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                problems.add(new FieldError(band, "must be an object with share and upTo or upToPercent"));
                continue;
            }
            if (!isFraction(m.get("share"))) {
                problems.add(new FieldError(band + ".share", "must be a number from 0 to 1"));
            }
            BigDecimal upTo = decimal(m.get("upTo"));
            BigDecimal upToPercent = decimal(m.get("upToPercent"));
            if (m.get("upTo") != null && (upTo == null || upTo.signum() <= 0 || upTo.stripTrailingZeros().scale() > 0
                    || upTo.compareTo(lastRank) <= 0)) {
                problems.add(new FieldError(band + ".upTo", "must be a whole rank from 1, above the previous band's"));
            } else if (upTo != null) {
                lastRank = upTo;
            }
            if (m.get("upToPercent") != null && (upToPercent == null || upToPercent.compareTo(lastPercent) <= 0
                    || upToPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add(new FieldError(band + ".upToPercent", "must be above the previous band's and at most 100"));
            } else if (upToPercent != null) {
                lastPercent = upToPercent;
            }
            if (m.get("upTo") != null && m.get("upToPercent") != null) {
                problems.add(new FieldError(band, "takes upTo or upToPercent, not both"));
            }
            if (m.get("upTo") == null && m.get("upToPercent") == null && i < list.size() - 1) {
                problems.add(new FieldError(band, "a band without upTo or upToPercent takes every place: it must come last"));
            }
        }
    }

    private static void number(Map<String, Object> p, String key, String at, List<FieldError> problems, boolean positive) {
        Object v = p.get(key);
        if (v == null) {
            return;
        }
        BigDecimal b = decimal(v);
        if (b == null) {
            problems.add(new FieldError(at + "." + key, "must be a number with at most " + MAX_INTEGER_DIGITS
                    + " integer digits and " + MAX_DECIMALS + " decimals"));
        } else if (positive && b.signum() <= 0) {
            problems.add(new FieldError(at + "." + key, "must be positive"));
        }
    }

    /**
     * A param value as a number (a JSON number or a text holding one), or null when it is none or out of
     * bounds: "1e100000000" must never reach arithmetic.
     */
    static BigDecimal decimal(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Map<?, ?> || v instanceof List<?>) {
            return null;
        }
        String text = v.toString();
        if (text.length() > 64) {
            return null;
        }
        try {
            BigDecimal b = new BigDecimal(text);
            if (b.scale() > MAX_DECIMALS || b.precision() - b.scale() > MAX_INTEGER_DIGITS) {
                return null;
            }
            return b;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A month as scoring reads it (Integer.parseInt of the value's text): 1–12. */
    private static boolean isMonth(Object m) {
        try {
            int month = Integer.parseInt(String.valueOf(m));
            return month >= 1 && month <= 12;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isFraction(Object v) {
        BigDecimal b = decimal(v);
        return b != null && b.signum() >= 0 && b.compareTo(BigDecimal.ONE) <= 0;
    }

    /** The input a node's method needs, within its range. */
    public static List<FieldError> input(FrameworkNode node, IndicatorInput in) {
        List<FieldError> problems = new ArrayList<>();
        if (in.declaredNotApplicable()) {
            if (node.method() != Method.TARGET_RATIO && node.method() != Method.TIERED && node.method() != Method.MANUAL) {
                problems.add(new FieldError("notApplicable", node.code() + " is scored by " + node.method()
                        + " and cannot be declared not applicable"));
            }
            if (in.justification() == null || in.justification().isBlank()) {
                problems.add(new FieldError("justification", "is required: why the indicator does not apply (不适用的理由)"));
            }
            return problems;
        }
        switch (node.method()) {
            case TARGET_RATIO -> {
                if (in.actual() == null) {
                    problems.add(new FieldError("actual", "is required for TARGET_RATIO"));
                } else if (in.actual().signum() < 0) {
                    problems.add(new FieldError("actual", "must be 0 or more"));
                }
                if (in.target() == null && !node.params().containsKey("target")) {
                    problems.add(new FieldError("target", "is required (the framework sets none)"));
                } else if (in.target() != null && in.target().signum() < 0) {
                    problems.add(new FieldError("target", "must be 0 or more"));
                }
                if (in.direction() == Direction.QUALITATIVE) {
                    problems.add(new FieldError("direction", "must be GE, LE or EQ"));
                }
                if (Boolean.TRUE.equals(node.params().get(TargetTree.FROM_TARGETS))) {
                    fixedByTargets(node, in, problems);
                }
            }
            case TIERED -> {
                if (in.tier() == null) {
                    problems.add(new FieldError("tier", "is required: ACHIEVED, PARTIAL or NOT_ACHIEVED"));
                }
                fraction(in.tier(), in.fraction(), problems);
            }
            case DEDUCTION -> {
                if (!Set.of("CARRY_OVER_RATE", "ADJUSTMENT_RATE").contains(String.valueOf(node.params().get("source")))
                        && in.actual() == null) {
                    problems.add(new FieldError("actual", "is required for DEDUCTION"));
                }
            }
            case MANUAL -> {
                if (in.score() == null) {
                    problems.add(new FieldError("score", "is required for MANUAL"));
                } else if (in.score().signum() < 0 || in.score().compareTo(node.points()) > 0) {
                    problems.add(new FieldError("score", "must be between 0 and " + node.points().toPlainString()));
                }
                if (in.justification() == null || in.justification().isBlank()) {
                    problems.add(new FieldError("justification", "is required for a MANUAL score"));
                }
            }
            default -> problems.add(new FieldError("code", node.code() + " is scored by " + node.method()
                    + " and takes no input"));
        }
        return problems;
    }

    /** The approved targets set an indicator's target and nature: an input enters the actual only. */
    private static void fixedByTargets(FrameworkNode node, IndicatorInput in, List<FieldError> problems) {
        BigDecimal target = decimal(node.params().get("target"));
        if (in.target() != null && (target == null || in.target().compareTo(target) != 0)) {
            problems.add(new FieldError("target", "is set by the approved performance targets (指标值 "
                    + (target == null ? "?" : target.toPlainString()) + "): enter the actual only"));
        }
        if (in.direction() != null && !in.direction().name().equals(node.params().get("direction"))) {
            problems.add(new FieldError("direction", "is set by the approved performance targets (指标性质 "
                    + node.params().get("direction") + "): enter the actual only"));
        }
    }

    /**
     * A fraction places the score inside its tier's band. Bands are closed below and open above, except the top one
     * (ACHIEVED, up to full points): 0.8 is ACHIEVED's, never PARTIAL's, so a score belongs to exactly one tier.
     */
    private static void fraction(Tier tier, BigDecimal fraction, List<FieldError> problems) {
        if (fraction == null) {
            return;
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            problems.add(new FieldError("fraction", "must be between 0 and 1"));
        } else if (tier != null && tier != Tier.ACHIEVED && fraction.compareTo(BigDecimal.ONE) == 0) {
            problems.add(new FieldError("fraction", "must be below 1 for " + tier
                    + ": the top of its band is where the next tier begins"));
        }
    }

    /** Key tasks: points add up to the TASKS node's points; each indicator has what its direction needs. */
    public static List<FieldError> tasks(BigDecimal tasksPoints, List<KeyTask> tasks) {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < tasks.size(); i++) {
            KeyTask t = tasks.get(i);
            String at = "[" + i + "]";
            if (t == null) {
                problems.add(new FieldError(at, "is required: a key task, not null"));
                continue;
            }
            if (t.name() == null || t.name().isBlank()) {
                problems.add(new FieldError(at + ".name", "is required"));
            }
            if (t.points() == null || t.points().signum() < 0) {
                problems.add(new FieldError(at + ".points", "must be 0 or more"));
            } else {
                sum = sum.add(t.points());
            }
            for (int j = 0; j < t.indicators().size(); j++) {
                TaskIndicator ind = t.indicators().get(j);
                String ia = at + ".indicators[" + j + "]";
                if (ind == null) {
                    problems.add(new FieldError(ia, "is required: an indicator, not null"));
                    continue;
                }
                if (ind.name() == null || ind.name().isBlank()) {
                    problems.add(new FieldError(ia + ".name", "is required"));
                }
                if (ind.kind() == null) {
                    problems.add(new FieldError(ia + ".kind", "is required: one of " + Arrays.toString(IndicatorKind.values())));
                }
                if (ind.weight() != null && ind.weight().signum() <= 0) {
                    problems.add(new FieldError(ia + ".weight", "must be positive"));
                }
                if (ind.direction() == Direction.QUALITATIVE || ind.direction() == null) {
                    if (ind.tier() == null) {
                        problems.add(new FieldError(ia + ".tier", "is required for a qualitative indicator"));
                    }
                    List<FieldError> f = new ArrayList<>();
                    fraction(ind.tier(), ind.fraction(), f);
                    f.forEach(p -> problems.add(new FieldError(ia + "." + p.field(), p.message())));
                } else {
                    if (ind.target() == null || ind.target().signum() < 0) {
                        problems.add(new FieldError(ia + ".target", "is required and must be 0 or more"));
                    }
                    if (ind.actual() == null || ind.actual().signum() < 0) {
                        problems.add(new FieldError(ia + ".actual", "is required and must be 0 or more"));
                    }
                }
            }
        }
        if (tasksPoints != null && sum.compareTo(tasksPoints) != 0) {
            problems.add(new FieldError("points", "key-task points add up to " + sum.toPlainString() + ", the framework's "
                    + "TASKS node has " + tasksPoints.toPlainString()));
        }
        return problems;
    }
}
