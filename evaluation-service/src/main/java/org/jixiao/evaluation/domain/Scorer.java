package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring engine: plain Java. Leaves are rounded to 2 decimals (HALF_UP); a parent is the sum
 * of its rounded children, so a printed breakdown always adds up to the printed total.
 */
public final class Scorer {

    /**
     * @param overAchievementRatio actual ÷ target above which a result is flagged ("target may be too low")
     * @param plausibilityGap percentage points by which achievement may exceed the execution rate unflagged
     */
    public record Settings(TierBands tierBands, BigDecimal overAchievementRatio, BigDecimal plausibilityGap) {
    }

    /**
     * What one evaluation brings to the engine.
     *
     * @param lineCode the key in {@code budget.lines()} of the evaluated project's money (a budget line, or a project
     *                 key), null for a department evaluation
     * @param subject how explanations name it ("line P-DCXC", "project XXH")
     */
    public record Inputs(Map<String, IndicatorInput> indicators, List<KeyTask> tasks, BudgetFacts budget, String lineCode,
                         String subject) {
        public Inputs(Map<String, IndicatorInput> indicators, List<KeyTask> tasks, BudgetFacts budget, String lineCode) {
            this(indicators, tasks, budget, lineCode, lineCode == null ? null : "line " + lineCode);
        }
    }

    private final Settings settings;

    /** Methods that score a result entered by the evaluator (as opposed to budget data). */
    private static final Set<Method> INDICATOR_METHODS = EnumSet.of(Method.TARGET_RATIO, Method.TIERED, Method.MANUAL);

    public Scorer(Settings settings) {
        this.settings = settings;
    }

    public ScoreOutcome score(FrameworkNode root, Inputs inputs) {
        List<Warning> warnings = new ArrayList<>();
        List<ScoredTask> tasks = new ArrayList<>();
        NodeScore scored = node(root, inputs, tasks, warnings);
        plausibility(scored, tasks, inputs, warnings);
        List<NodeScore> nodes = root.method() == Method.SUM ? scored.children() : List.of(scored);
        return new ScoreOutcome(scored.score(), nodes, tasks, warnings);
    }

    private NodeScore node(FrameworkNode node, Inputs inputs, List<ScoredTask> tasks, List<Warning> warnings) {
        NodeScore scored = scoreNode(node, inputs, tasks, warnings);
        if (!INDICATOR_METHODS.contains(node.method())) {
            return scored;
        }
        IndicatorInput in = input(node, inputs);
        NodeScore.TargetRow row = Boolean.TRUE.equals(node.params().get(TargetTree.FROM_TARGETS)) ? TargetTree.row(node) : null;
        return row == null && (in == null || in.cause() == null && in.remedy() == null) ? scored
                : scored.withDetails(row, in == null ? null : in.cause(), in == null ? null : in.remedy());
    }

    private NodeScore scoreNode(FrameworkNode node, Inputs inputs, List<ScoredTask> tasks, List<Warning> warnings) {
        IndicatorInput in = input(node, inputs);
        if (in != null && in.declaredNotApplicable() && INDICATOR_METHODS.contains(node.method())) {
            return new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO), node.method(),
                    Map.of("notApplicable", true, "reason", in.justification()),
                    "不适用 (not applicable): " + in.justification() + "; left out, the other indicators rescaled",
                    List.of(), true);
        }
        return switch (node.method()) {
            case SUM -> sum(node, inputs, tasks, warnings);
            case TASKS -> tasks(node, inputs.tasks(), tasks, warnings);
            case EXECUTION_RATE -> executionRate(node, inputs, warnings);
            case SPENDING_PROGRESS -> spendingProgress(node, inputs.budget());
            case TARGET_RATIO -> targetRatio(node, input(node, inputs), warnings);
            case TIERED -> tiered(node, input(node, inputs), warnings);
            case DEDUCTION -> deduction(node, input(node, inputs), inputs.budget());
            case MANUAL -> manual(node, input(node, inputs), warnings);
            case RANKING -> ranking(node, inputs.budget(), warnings);
            // expanded by TargetTree when the evaluation is opened; reaching here means no approved targets were copied
            case TARGET_INDICATORS -> new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO),
                    node.method(), Map.of(), "no approved performance targets: 0", List.of());
        };
    }

    private static IndicatorInput input(FrameworkNode node, Inputs inputs) {
        return inputs.indicators().get(node.code());
    }

    /**
     * Σ children. Children that do not apply (不适用) are left out and the others rescaled to the full points
     * (按百分制折算): Σ applicable scores × points ÷ Σ applicable points; the result shows both. A node whose
     * children all do not apply does not apply either.
     */
    private NodeScore sum(FrameworkNode node, Inputs inputs, List<ScoredTask> tasks, List<Warning> warnings) {
        List<NodeScore> children = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal applicablePoints = BigDecimal.ZERO;
        List<String> leftOut = new ArrayList<>();
        StringBuilder formula = new StringBuilder();
        for (FrameworkNode child : node.children()) {
            NodeScore s = node(child, inputs, tasks, warnings);
            children.add(s);
            if (s.notApplicable()) {
                leftOut.add(s.name());
                continue;
            }
            total = total.add(s.score());
            applicablePoints = applicablePoints.add(s.points());
            formula.append(formula.isEmpty() ? "" : " + ").append(s.score().toPlainString());
        }
        if (leftOut.isEmpty()) {
            total = Numbers.score(total);
            return new NodeScore(node.code(), node.name(), node.points(), total, node.method(), Map.of(),
                    (children.isEmpty() ? "0" : formula) + " = " + total.toPlainString(), children);
        }
        if (applicablePoints.signum() == 0) {
            return new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO), node.method(),
                    Map.of("notApplicable", true), "不适用 (not applicable): none of its indicators applies", children, true);
        }
        BigDecimal raw = Numbers.score(total);
        BigDecimal rescaled = Numbers.score(total.multiply(node.points()).divide(applicablePoints, 12, RoundingMode.HALF_UP));
        return new NodeScore(node.code(), node.name(), node.points(), rescaled, node.method(),
                Map.of("rawScore", raw, "applicablePoints", applicablePoints, "notApplicable", leftOut),
                "(" + formula + " = " + raw.toPlainString() + ") × " + Numbers.plain(node.points()) + " ÷ "
                        + Numbers.plain(applicablePoints) + " = " + rescaled.toPlainString() + " (不适用, left out: "
                        + String.join("、", leftOut) + ")", children);
    }

    private NodeScore tasks(FrameworkNode node, List<KeyTask> keyTasks, List<ScoredTask> out, List<Warning> warnings) {
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder formula = new StringBuilder();
        for (KeyTask task : keyTasks) {
            ScoredTask scored = task(task, warnings);
            out.add(scored);
            total = total.add(scored.score());
            formula.append(formula.isEmpty() ? "" : " + ").append(scored.score().toPlainString());
        }
        total = Numbers.score(total);
        String explanation = keyTasks.isEmpty() ? "no key tasks entered: 0"
                : "Σ key tasks: " + formula + " = " + total.toPlainString();
        return new NodeScore(node.code(), node.name(), node.points(), total, Method.TASKS,
                Map.of("tasks", keyTasks.size()), explanation, List.of());
    }

    /** task points × the weight-averaged score fraction of its indicators (full points without indicators). */
    ScoredTask task(KeyTask task, List<Warning> warnings) {
        List<ScoredTask.ScoredIndicator> indicators = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (TaskIndicator indicator : task.indicators()) {
            BigDecimal weight = indicator.weight() == null ? BigDecimal.ONE : indicator.weight();
            Fraction f = indicatorFraction(indicator.direction(), indicator.target(), indicator.actual(), indicator.tier(),
                    indicator.fraction(), settings.tierBands());
            weighted = weighted.add(f.value().multiply(weight));
            weights = weights.add(weight);
            flag(f, indicator.cause(), indicator.remedy(), indicator.name() + " (" + f.explanation() + ")", task.name(),
                    warnings);
            indicators.add(new ScoredTask.ScoredIndicator(indicator.name(), indicator.kind(), indicator.direction(),
                    indicator.target(), indicator.unit(), indicator.actual(), indicator.tier(), indicator.fraction(), weight,
                    f.value().setScale(4, RoundingMode.HALF_UP), Numbers.toPercent(f.value()), f.met(), indicator.cause(),
                    indicator.remedy(), f.explanation()));
        }
        BigDecimal completion = weights.signum() == 0 ? BigDecimal.ONE : weighted.divide(weights, 12, RoundingMode.HALF_UP);
        BigDecimal score = Numbers.score(task.points().multiply(completion));
        String explanation = Numbers.plain(task.points()) + " × " + Numbers.percent(completion) + " = " + score.toPlainString()
                + (weights.signum() == 0 ? " (no indicators: full points)" : " (weight-averaged indicator completion)");
        return new ScoredTask(task.name(), task.goal(), task.outcome(), task.points(), score,
                completion.setScale(4, RoundingMode.HALF_UP), Numbers.toPercent(completion), explanation, indicators);
    }

    /**
     * A miss, or any score below full points, needs its cause (偏差原因) and remedy (改进措施); far above target, the
     * target may have been set too low.
     */
    private void flag(Fraction f, String cause, String remedy, String indicator, String node, List<Warning> warnings) {
        if (!f.met() && (blank(cause) || blank(remedy))) {
            warnings.add(new Warning("NOT_MET_WITHOUT_EXPLANATION", "指标未达成，需说明原因和改进措施: " + indicator, node));
        } else if (f.value().compareTo(BigDecimal.ONE) < 0) {
            belowFull(cause, remedy, indicator, node, warnings);
        }
        if (f.overAchieved(settings.overAchievementRatio())) {
            warnings.add(new Warning("OVER_ACHIEVEMENT", "指标大幅超额完成，目标可能设置偏低: " + indicator, node));
        }
    }

    /** An indicator's score fraction in [0, 1], whether it is met, and how. */
    private record Fraction(BigDecimal value, boolean met, String explanation, BigDecimal ratio) {
        boolean overAchieved(BigDecimal limit) {
            return ratio != null && ratio.compareTo(limit) > 0;
        }
    }

    private static Fraction indicatorFraction(Direction direction, BigDecimal target, BigDecimal actual, Tier tier,
                                              BigDecimal fraction, TierBands bands) {
        if (direction == Direction.QUALITATIVE || direction == null && tier != null) {
            BigDecimal f = fraction == null ? BigDecimal.ONE : fraction;
            BigDecimal share = bands.share(tier, f);
            return new Fraction(share, tier == Tier.ACHIEVED, tier + " " + Numbers.plain(bands.low(tier)) + "–"
                    + Numbers.plain(bands.high(tier)) + " at " + Numbers.plain(f) + " → " + Numbers.percent(share), null);
        }
        Direction d = direction == null ? Direction.GE : direction;
        if (d == Direction.EQ && actual.compareTo(target) == 0) {
            return new Fraction(BigDecimal.ONE, true, "actual " + Numbers.plain(actual) + " = target", BigDecimal.ONE);
        }
        if (d == Direction.LE) {
            if (actual.signum() == 0) {
                return new Fraction(BigDecimal.ONE, true, "actual 0 ≤ target " + Numbers.plain(target) + ": full", null);
            }
            BigDecimal ratio = target.divide(actual, 12, RoundingMode.HALF_UP);
            BigDecimal value = Numbers.min1(ratio.max(BigDecimal.ZERO));
            return new Fraction(value, actual.compareTo(target) <= 0, "min(target " + Numbers.plain(target) + " ÷ actual "
                    + Numbers.plain(actual) + ", 1) = " + Numbers.percent(value), ratio);
        }
        if (d == Direction.EQ) {
            // 指标性质 "=": any other actual is not met; the score falls with the distance (target 0: nothing)
            if (target.signum() == 0) {
                return new Fraction(BigDecimal.ZERO, false, "actual " + Numbers.plain(actual) + " ≠ target 0: nothing", null);
            }
            BigDecimal distance = actual.subtract(target).abs().divide(target.abs(), 12, RoundingMode.HALF_UP);
            BigDecimal value = BigDecimal.ONE.subtract(distance).max(BigDecimal.ZERO);
            return new Fraction(value, false, "max(1 − |actual " + Numbers.plain(actual) + " − target " + Numbers.plain(target)
                    + "| ÷ " + Numbers.plain(target.abs()) + ", 0) = " + Numbers.percent(value), null);
        }
        // GE
        if (target.signum() == 0) {
            return new Fraction(BigDecimal.ONE, actual.signum() >= 0, "target 0: full", null);
        }
        BigDecimal ratio = actual.divide(target, 12, RoundingMode.HALF_UP);
        BigDecimal value = Numbers.min1(ratio.max(BigDecimal.ZERO));
        return new Fraction(value, actual.compareTo(target) >= 0, "min(actual " + Numbers.plain(actual) + " ÷ target "
                + Numbers.plain(target) + ", 1) = " + Numbers.percent(value), ratio);
    }

    private NodeScore executionRate(FrameworkNode node, Inputs inputs, List<Warning> warnings) {
        String scope = String.valueOf(node.params().getOrDefault("scope", "MUNICIPAL"));
        Object category = node.params().get("category");
        BudgetFacts.Amounts amounts;
        String what;
        if (inputs.lineCode() != null) {
            amounts = inputs.budget().lines().get(inputs.lineCode());
            what = inputs.subject();
        } else {
            amounts = inputs.budget().figure(scope, category == null ? null : category.toString());
            what = scope + (category == null ? "" : " " + category);
        }
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("scope", what);
        if (amounts == null || amounts.rate() == null) {
            warnings.add(new Warning("NO_EXECUTION_RATE", "预算为零或无预算数据，执行率无法计算: " + what, node.code()));
            return new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO), node.method(), used,
                    "no budget for " + what + ": execution rate undefined, 0", List.of());
        }
        used.put("adjustedBudget", amounts.adjustedBudget());
        used.put("spent", amounts.spent());
        BigDecimal rate = amounts.rate();
        used.put("rate", Numbers.toPercent(rate));
        if (amounts.overBudget()) {
            warnings.add(new Warning("SPENT_ABOVE_BUDGET", "支出超过预算: " + what + " " + Numbers.percent(rate), node.code()));
        }
        BigDecimal score = Numbers.score(node.points().multiply(Numbers.min1(rate)));
        return new NodeScore(node.code(), node.name(), node.points(), score, node.method(), used,
                Numbers.plain(node.points()) + " × min(" + Numbers.percent(rate) + ", 100%) = " + score.toPlainString()
                        + " (spent " + amounts.spent().toPlainString() + " ÷ budget " + amounts.adjustedBudget().toPlainString() + ")",
                List.of());
    }

    @SuppressWarnings("unchecked")
    private NodeScore spendingProgress(FrameworkNode node, BudgetFacts budget) {
        List<Object> checkpoints = (List<Object>) node.params().getOrDefault("checkpoints", List.of(3, 6, 9, 12));
        BigDecimal sum = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        Map<String, Object> used = new LinkedHashMap<>();
        for (Object checkpoint : checkpoints) {
            int month = Integer.parseInt(checkpoint.toString());
            BudgetFacts.Month m = budget.monthly().stream().filter(x -> x.month() == month).findFirst().orElse(null);
            BigDecimal ratio;
            if (m == null || m.progress() == null) {
                ratio = BigDecimal.ZERO;
                parts.add("M" + month + ": no data 0");
            } else if (m.timeProgress() == null || m.timeProgress().signum() == 0) {
                ratio = BigDecimal.ONE;
                parts.add("M" + month + ": 1");
            } else {
                ratio = Numbers.min1(m.progress().divide(m.timeProgress(), 12, RoundingMode.HALF_UP));
                parts.add("M" + month + ": min(" + m.progress().toPlainString() + "% ÷ " + m.timeProgress().toPlainString()
                        + "%, 1) = " + ratio.setScale(4, RoundingMode.HALF_UP).toPlainString());
            }
            used.put("M" + month, m == null ? null : Map.of("progress", m.progress(), "timeProgress", m.timeProgress()));
            sum = sum.add(ratio);
        }
        BigDecimal average = checkpoints.isEmpty() ? BigDecimal.ZERO
                : sum.divide(BigDecimal.valueOf(checkpoints.size()), 12, RoundingMode.HALF_UP);
        BigDecimal score = Numbers.score(node.points().multiply(average));
        return new NodeScore(node.code(), node.name(), node.points(), score, node.method(), used,
                Numbers.plain(node.points()) + " × average(" + String.join("; ", parts) + ") = " + score.toPlainString(),
                List.of());
    }

    private NodeScore targetRatio(FrameworkNode node, IndicatorInput in, List<Warning> warnings) {
        if (in == null || in.actual() == null) {
            return missing(node);
        }
        Direction direction = in.direction() != null ? in.direction()
                : Direction.valueOf(String.valueOf(node.params().getOrDefault("direction", "GE")));
        BigDecimal target = in.target() != null ? in.target() : Numbers.of(node.params().get("target"));
        Fraction f = indicatorFraction(direction, target, in.actual(), null, null, settings.tierBands());
        flag(f, in.cause(), in.remedy(), node.name(), node.code(), warnings);
        BigDecimal score = Numbers.score(node.points().multiply(f.value()));
        return new NodeScore(node.code(), node.name(), node.points(), score, node.method(),
                inputs("direction", direction, "target", target, "actual", in.actual()),
                Numbers.plain(node.points()) + " × " + f.explanation() + " = " + score.toPlainString(), List.of());
    }

    private NodeScore tiered(FrameworkNode node, IndicatorInput in, List<Warning> warnings) {
        if (in == null || in.tier() == null) {
            return missing(node);
        }
        TierBands bands = TierBands.fromParams(node.params().get("bands"), settings.tierBands());
        Fraction f = indicatorFraction(Direction.QUALITATIVE, null, null, in.tier(), in.fraction(), bands);
        flag(f, in.cause(), in.remedy(), node.name(), node.code(), warnings);
        BigDecimal score = Numbers.score(node.points().multiply(f.value()));
        return new NodeScore(node.code(), node.name(), node.points(), score, node.method(),
                inputs("tier", in.tier(), "fraction", in.fraction() == null ? BigDecimal.ONE : in.fraction()),
                Numbers.plain(node.points()) + " × " + f.explanation() + " = " + score.toPlainString(), List.of());
    }

    private NodeScore deduction(FrameworkNode node, IndicatorInput in, BudgetFacts budget) {
        BigDecimal threshold = Numbers.of(node.params().getOrDefault("threshold", 0));
        BigDecimal perUnit = Numbers.of(node.params().getOrDefault("perUnit", 1));
        boolean above = !"BELOW".equals(String.valueOf(node.params().getOrDefault("direction", "ABOVE")));
        BigDecimal actual;
        String shownAs;
        BigDecimal shown;
        String source;
        if ("CARRY_OVER_RATE".equals(node.params().get("source"))) {
            // 结转结余率: unspent ÷ adjusted budget, in percent (MUNICIPAL scope); deducted unrounded, shown like any rate
            BudgetFacts.Amounts total = budget.figure(String.valueOf(node.params().getOrDefault("scope", "MUNICIPAL")), null);
            if (total == null || total.rate() == null) {
                return new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO), node.method(),
                        Map.of(), "no budget: carry-over rate undefined, 0", List.of());
            }
            BigDecimal carryOver = BigDecimal.ONE.subtract(total.rate());
            actual = carryOver.multiply(Numbers.HUNDRED);
            shownAs = "carryOverRate";
            shown = Numbers.toPercent(carryOver);
            source = "carry-over rate " + shown.toPlainString() + "%";
        } else if ("ADJUSTMENT_RATE".equals(node.params().get("source"))) {
            // 预算调整率: Σ |adjustments| ÷ 年初预算数, in percent; deducted unrounded, shown like any rate
            BudgetFacts.Adjustments adjustments = budget.adjustments()
                    .get(String.valueOf(node.params().getOrDefault("scope", "MUNICIPAL")));
            if (adjustments == null || adjustments.rate() == null) {
                return new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO), node.method(),
                        Map.of(), "no initial budget: adjustment rate undefined, 0", List.of());
            }
            actual = adjustments.rate().multiply(Numbers.HUNDRED);
            shownAs = "adjustmentRate";
            shown = Numbers.toPercent(adjustments.rate());
            source = "adjustment rate " + shown.toPlainString() + "% (" + adjustments.adjusted().toPlainString() + " ÷ "
                    + adjustments.initialBudget().toPlainString() + ")";
        } else {
            if (in == null || in.actual() == null) {
                return missing(node);
            }
            actual = in.actual();
            shownAs = "actual";
            shown = actual.setScale(4, RoundingMode.HALF_UP);
            source = "actual " + Numbers.plain(actual);
        }
        BigDecimal deviation = (above ? actual.subtract(threshold) : threshold.subtract(actual)).max(BigDecimal.ZERO);
        BigDecimal score = Numbers.score(node.points().subtract(deviation.multiply(perUnit)).max(BigDecimal.ZERO));
        return new NodeScore(node.code(), node.name(), node.points(), score, node.method(),
                inputs(shownAs, shown, "threshold", threshold, "perUnit", perUnit),
                "max(0, " + Numbers.plain(node.points()) + " − " + Numbers.plain(perUnit) + " × max(0, "
                        + (above ? source + " − " + Numbers.plain(threshold) : Numbers.plain(threshold) + " − " + source)
                        + ")) = " + score.toPlainString(), List.of());
    }

    private static void belowFull(String cause, String remedy, String indicator, String node, List<Warning> warnings) {
        if (blank(cause) || blank(remedy)) {
            warnings.add(new Warning("BELOW_FULL_POINTS_WITHOUT_EXPLANATION", "指标未得满分，需说明偏差原因和改进措施: "
                    + indicator, node));
        }
    }

    private NodeScore manual(FrameworkNode node, IndicatorInput in, List<Warning> warnings) {
        if (in == null || in.score() == null) {
            return missing(node);
        }
        BigDecimal score = Numbers.score(in.score().min(node.points()).max(BigDecimal.ZERO));
        if (score.compareTo(node.points()) < 0) {
            belowFull(in.cause(), in.remedy(), node.name() + " (" + score.toPlainString() + " / " + Numbers.plain(node.points())
                    + ")", node.code(), warnings);
        }
        return new NodeScore(node.code(), node.name(), node.points(), score, node.method(),
                inputs("score", in.score(), "justification", in.justification()),
                "entered " + score.toPlainString() + " of " + Numbers.plain(node.points()) + ": " + in.justification(), List.of());
    }

    /**
     * Points by the department's place in the city's spending-progress ranking: the first band whose {@code upTo} (a
     * rank) or {@code upToPercent} (rank ÷ departments ranked × 100) the place falls within gives its share of the
     * points; a band without a bound takes every place.
     */
    private static NodeScore ranking(FrameworkNode node, BudgetFacts budget, List<Warning> warnings) {
        BudgetFacts.Rank rank = budget.rank();
        if (rank == null) {
            warnings.add(new Warning("NO_RANKING", "部门未参加支出进度排名，排名得分为 0", node.code()));
            return new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO), node.method(),
                    Map.of(), "not ranked: 0", List.of());
        }
        BigDecimal percentile = BigDecimal.valueOf(rank.position()).multiply(Numbers.HUNDRED)
                .divide(BigDecimal.valueOf(rank.ranked()), 12, RoundingMode.HALF_UP);
        RankBand band = RankBand.of(node.params().get("bands")).stream().filter(b -> b.contains(rank.position(), percentile))
                .findFirst().orElse(RankBand.NONE);
        BigDecimal score = Numbers.score(node.points().multiply(band.share()));
        return new NodeScore(node.code(), node.name(), node.points(), score, node.method(),
                inputs("rank", rank.position(), "ranked", rank.ranked(), "asOf", rank.asOf(), "share", band.share()),
                "第" + rank.position() + "名 / " + rank.ranked() + " (" + percentile.setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + "%): " + band.describe() + " → " + Numbers.plain(node.points()) + " × " + Numbers.percent(band.share())
                        + " = " + score.toPlainString(), List.of());
    }

    private static NodeScore missing(FrameworkNode node) {
        return new NodeScore(node.code(), node.name(), node.points(), Numbers.score(BigDecimal.ZERO), node.method(), Map.of(),
                "no input entered: 0", List.of());
    }

    /** Achievement far above the money spent, and spending above budget, are flagged. */
    private void plausibility(NodeScore root, List<ScoredTask> tasks, Inputs inputs, List<Warning> warnings) {
        if (inputs.lineCode() == null) {
            inputs.budget().lines().entrySet().stream().filter(e -> e.getValue().overBudget() && e.getValue().rate() != null)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> warnings.add(new Warning("SPENT_ABOVE_BUDGET", "预算科目支出超过预算: " + e.getKey() + " 支出 "
                            + e.getValue().spent().toPlainString() + " ÷ 预算 " + e.getValue().adjustedBudget().toPlainString()
                            + " = " + Numbers.percent(e.getValue().rate()), e.getKey())));
        }
        BudgetFacts.Amounts amounts = inputs.lineCode() != null ? inputs.budget().lines().get(inputs.lineCode())
                : inputs.budget().figure("MUNICIPAL", null);
        if (amounts == null || amounts.rate() == null) {
            return;
        }
        BigDecimal ratePercent = amounts.rate().multiply(Numbers.HUNDRED);
        if (inputs.lineCode() == null && amounts.overBudget()
                && warnings.stream().noneMatch(w -> w.code().equals("SPENT_ABOVE_BUDGET"))) {
            warnings.add(new Warning("SPENT_ABOVE_BUDGET", "支出超过预算: " + Numbers.percent(amounts.rate()), root.code()));
        }
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        for (ScoredTask task : tasks) {
            achieved = achieved.add(task.completion().multiply(task.points()));
            weight = weight.add(task.points());
        }
        if (weight.signum() == 0) {
            // no key tasks (a project evaluation): the indicators scored from entered results
            for (NodeScore leaf : root.flatten().filter(n -> INDICATOR_METHODS.contains(n.method()) && !n.inputs().isEmpty())
                    .toList()) {
                achieved = achieved.add(leaf.score());
                weight = weight.add(leaf.points());
            }
        }
        if (weight.signum() == 0) {
            return;
        }
        BigDecimal achievement = achieved.divide(weight, 12, RoundingMode.HALF_UP).multiply(Numbers.HUNDRED);
        if (achievement.subtract(ratePercent).compareTo(settings.plausibilityGap()) > 0) {
            warnings.add(new Warning("ACHIEVEMENT_ABOVE_EXECUTION", "绩效目标完成度 " + achievement.setScale(2, RoundingMode.HALF_UP)
                    + "% 高于预算执行率 " + ratePercent.setScale(2, RoundingMode.HALF_UP) + "% 超过 "
                    + Numbers.plain(settings.plausibilityGap()) + " 个百分点", root.code()));
        }
    }

    private static Map<String, Object> inputs(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
