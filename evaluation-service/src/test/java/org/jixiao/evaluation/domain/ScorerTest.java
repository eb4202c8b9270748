package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class ScorerTest {
    /** The configured defaults (EvaluationConfig, application.properties), for scoring without Quarkus. */
    static final Scorer.Settings SETTINGS = new Scorer.Settings(new TierBands(new EnumMap<>(Map.of(
            Tier.ACHIEVED, List.of(bd("0.8"), BigDecimal.ONE),
            Tier.PARTIAL, List.of(bd("0.6"), bd("0.8")),
            Tier.NOT_ACHIEVED, List.of(BigDecimal.ZERO, bd("0.6"))))), bd("1.2"), BigDecimal.valueOf(5));
    static final GradePolicy GRADES = new GradePolicy(List.of(
            new GradePolicy.Band("EXCELLENT", "优", bd("90")),
            new GradePolicy.Band("GOOD", "良", bd("80")),
            new GradePolicy.Band("FAIR", "中", bd("60")),
            new GradePolicy.Band("POOR", "差", BigDecimal.ZERO)));

    private final Scorer scorer = new Scorer(SETTINGS);

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    static FrameworkNode leaf(String code, String points, Method method, Map<String, Object> params) {
        return new FrameworkNode(code, code, bd(points), method, params, List.of());
    }

    static BudgetFacts facts(String budget, String spent) {
        BudgetFacts.Amounts a = new BudgetFacts.Amounts(bd(budget), bd(spent));
        return new BudgetFacts(Map.of("MUNICIPAL/TOTAL", a, "ALL/TOTAL", a), Map.of("L1", a), List.of());
    }

    private ScoreOutcome score(FrameworkNode node, Map<String, IndicatorInput> inputs, List<KeyTask> tasks, BudgetFacts facts) {
        return scorer.score(node, new Scorer.Inputs(inputs, tasks, facts, null));
    }

    private static IndicatorInput ratio(Direction d, String target, String actual) {
        return new IndicatorInput(d, bd(target), bd(actual), null, null, null, null, null, null);
    }

    private static IndicatorInput tier(Tier t, String fraction) {
        return new IndicatorInput(null, null, null, t, fraction == null ? null : bd(fraction), null, null, null, null);
    }

    @Test
    void executionRateUsesExactAmountsAndCapsAt100Percent() {
        FrameworkNode node = leaf("E", "10", Method.EXECUTION_RATE, Map.of("scope", "MUNICIPAL"));
        ScoreOutcome model = score(node, Map.of(), List.of(), facts("36643500.00", "36614525.00"));
        assertThat(model.total()).isEqualByComparingTo("9.99");
        assertThat(model.nodes().get(0).explanation()).contains("10 × min(99.92%, 100%) = 9.99");
        ScoreOutcome over = score(node, Map.of(), List.of(), facts("100.00", "130.00"));
        assertThat(over.total()).isEqualByComparingTo("10.00");
        assertThat(over.warnings()).extracting(Warning::code).contains("SPENT_ABOVE_BUDGET");
    }

    @Test
    void aZeroBudgetScoresNothingAndSaysWhy() {
        ScoreOutcome o = score(leaf("E", "10", Method.EXECUTION_RATE, Map.of()), Map.of(), List.of(), facts("0.00", "0.00"));
        assertThat(o.total()).isEqualByComparingTo("0.00");
        assertThat(o.nodes().get(0).explanation()).contains("undefined");
        assertThat(o.warnings()).extracting(Warning::code).contains("NO_EXECUTION_RATE");
    }

    @Test
    void targetRatioDirections() {
        FrameworkNode n = leaf("T", "20", Method.TARGET_RATIO, Map.of());
        assertThat(score(n, Map.of("T", ratio(Direction.GE, "100", "90")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("18.00");
        assertThat(score(n, Map.of("T", ratio(Direction.GE, "100", "150")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("20.00");
        assertThat(score(n, Map.of("T", ratio(Direction.LE, "80", "100")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("16.00");
        // zero actual on LE: full points, never a division by zero
        assertThat(score(n, Map.of("T", ratio(Direction.LE, "0", "0")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("20.00");
        assertThat(score(n, Map.of("T", ratio(Direction.EQ, "50", "50")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("20.00");
        assertThat(score(n, Map.of("T", ratio(Direction.EQ, "50", "40")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("16.00");
    }

    /**
     * 不适用: a project with no procurement leaves 政府采购合规性 (4 of a 20-point 管理 group) out; the other
     * indicators' 14.40 of 16 are rescaled to the group's 20 points: 14.40 × 20 ÷ 16 = 18.00. The result shows both.
     */
    @Test
    void anIndicatorThatDoesNotApplyIsLeftOutAndTheOthersRescaled() {
        FrameworkNode group = new FrameworkNode("MGMT", "管理", bd("20"), Method.SUM, Map.of(), List.of(
                leaf("SYSTEMS", "8", Method.TIERED, Map.of()), leaf("FUNDS", "8", Method.TIERED, Map.of()),
                leaf("PROCUREMENT", "4", Method.TIERED, Map.of())));
        FrameworkNode framework = new FrameworkNode("ROOT", "项目", bd("20"), Method.SUM, Map.of(), List.of(group));
        IndicatorInput notApplicable = new IndicatorInput(null, null, null, null, null, null, "本项目无政府采购事项", null, null, true);
        ScoreOutcome outcome = score(framework, Map.of("SYSTEMS", tier(Tier.ACHIEVED, null), "FUNDS", tier(Tier.ACHIEVED, "0"),
                "PROCUREMENT", notApplicable), List.of(), facts("1", "1"));
        assertThat(outcome.total()).isEqualByComparingTo("18.00");
        NodeScore root = outcome.nodes().get(0);
        assertThat(root.inputs()).containsEntry("rawScore", bd("14.40")).containsEntry("applicablePoints", bd("16"));
        assertThat(root.explanation()).contains("14.40").contains("× 20 ÷ 16 = 18.00").contains("left out: PROCUREMENT");
        NodeScore leftOut = root.children().get(2);
        assertThat(leftOut.notApplicable()).isTrue();
        assertThat(leftOut.explanation()).contains("不适用").contains("本项目无政府采购事项");
        // every indicator of the group out: the group does not apply either
        ScoreOutcome none = score(framework, Map.of("SYSTEMS", notApplicable, "FUNDS", notApplicable, "PROCUREMENT", notApplicable),
                List.of(), facts("1", "1"));
        assertThat(none.nodes().get(0).notApplicable()).isTrue();
        // a reason is required, and only indicators entered by hand can be declared not applicable
        assertThat(Rules.input(leaf("P", "4", Method.TIERED, Map.of()),
                new IndicatorInput(null, null, null, null, null, null, " ", null, null, true)))
                .extracting(FieldError::field).containsExactly("justification");
        assertThat(Rules.input(leaf("E", "10", Method.EXECUTION_RATE, Map.of()), notApplicable))
                .extracting(FieldError::field).containsExactly("notApplicable");
    }

    /** 指标性质 "=": 安全事故 = 0 起 with one accident scores nothing and is not met; above the target is not met either. */
    @Test
    void equalsMeansEqual() {
        FrameworkNode n = leaf("T", "20", Method.TARGET_RATIO, Map.of());
        ScoreOutcome accident = score(n, Map.of("T", ratio(Direction.EQ, "0", "1")), List.of(), facts("1", "1"));
        assertThat(accident.total()).isEqualByComparingTo("0.00");
        assertThat(accident.nodes().get(0).explanation()).contains("≠ target 0");
        assertThat(score(n, Map.of("T", ratio(Direction.EQ, "0", "0")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("20.00");
        // 12 of 10 training sessions "= 10": 20 × (1 − 2/10) = 16, not full points
        assertThat(score(n, Map.of("T", ratio(Direction.EQ, "10", "12")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("16.00");
        assertThat(score(n, Map.of("T", ratio(Direction.EQ, "10", "30")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("0.00");
    }

    @Test
    void overAchievementIsFlaggedNotRewarded() {
        FrameworkNode n = leaf("T", "10", Method.TARGET_RATIO, Map.of());
        ScoreOutcome o = score(n, Map.of("T", ratio(Direction.GE, "10", "30")), List.of(), facts("1", "1"));
        assertThat(o.total()).isEqualByComparingTo("10.00");
        assertThat(o.warnings()).extracting(Warning::code).contains("OVER_ACHIEVEMENT");
    }

    @Test
    void tieredBandsAndConfigurableBounds() {
        FrameworkNode n = leaf("Q", "5", Method.TIERED, Map.of());
        assertThat(score(n, Map.of("Q", tier(Tier.ACHIEVED, "0.5")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("4.50");
        assertThat(score(n, Map.of("Q", tier(Tier.ACHIEVED, null)), List.of(), facts("1", "1")).total()).isEqualByComparingTo("5.00");
        assertThat(score(n, Map.of("Q", tier(Tier.PARTIAL, "0")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("3.00");
        assertThat(score(n, Map.of("Q", tier(Tier.NOT_ACHIEVED, "1")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("3.00");
        FrameworkNode region = leaf("Q", "10", Method.TIERED, Map.of("bands", Map.of("PARTIAL", List.of(0.5, 0.8))));
        assertThat(score(region, Map.of("Q", tier(Tier.PARTIAL, "0")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("5.00");
        ScoreOutcome unexplained = score(n, Map.of("Q", tier(Tier.PARTIAL, "0.5")), List.of(), facts("1", "1"));
        assertThat(unexplained.warnings()).extracting(Warning::code).contains("NOT_MET_WITHOUT_EXPLANATION");
    }

    @Test
    void deductionIsFlooredAtZeroAndCanReadTheCarryOverRate() {
        FrameworkNode n = leaf("D", "5", Method.DEDUCTION, Map.of("threshold", 100, "perUnit", 0.5, "direction", "ABOVE"));
        assertThat(score(n, Map.of("D", ratio(null, "0", "104")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("3.00");
        assertThat(score(n, Map.of("D", ratio(null, "0", "150")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("0.00");
        assertThat(score(n, Map.of("D", ratio(null, "0", "90")), List.of(), facts("1", "1")).total()).isEqualByComparingTo("5.00");
        FrameworkNode carry = leaf("C", "5", Method.DEDUCTION, Map.of("source", "CARRY_OVER_RATE", "threshold", 0, "perUnit", 1));
        // unspent 28,975 of 36,643,500 = 0.0791 % → 5 − 0.0791 = 4.92; shown as a rate: percent, 2 decimals
        NodeScore carried = score(carry, Map.of(), List.of(), facts("36643500.00", "36614525.00")).nodes().get(0);
        assertThat(carried.score()).isEqualByComparingTo("4.92");
        assertThat(carried.inputs()).containsEntry("carryOverRate", new BigDecimal("0.08")).doesNotContainKey("actual");
        assertThat(carried.explanation()).contains("carry-over rate 0.08%");
    }

    /**
     * 预算调整率 = 预算调整数 ÷ 年初预算数: the model's two adjustments of 2021 (−200,000 on 人民来访接待厅运行保障项目,
     * +200,000 on 社会工作及心理辅导服务项目) are 400,000 of 36,643,500 = 1.09 %; with a 1 % threshold and 1 point per
     * percent above it: 5 − 0.0916 = 4.91. Both directions of a change count.
     */
    @Test
    void theAdjustmentRateComesFromTheBudgetsAdjustments() {
        FrameworkNode node = leaf("ADJ", "5", Method.DEDUCTION, Map.of("source", "ADJUSTMENT_RATE", "threshold", 1, "perUnit", 1));
        BudgetFacts.Amounts total = new BudgetFacts.Amounts(bd("36643500.00"), bd("36614525.00"));
        BudgetFacts facts = new BudgetFacts(Map.of("MUNICIPAL/TOTAL", total), Map.of(), List.of(),
                Map.of("MUNICIPAL", new BudgetFacts.Adjustments(bd("36643500.00"), bd("400000.00"))));
        NodeScore adjusted = score(node, Map.of(), List.of(), facts).nodes().get(0);
        assertThat(adjusted.score()).isEqualByComparingTo("4.91");
        assertThat(adjusted.inputs()).containsEntry("adjustmentRate", new BigDecimal("1.09"));
        assertThat(adjusted.explanation()).contains("adjustment rate 1.09% (400000.00 ÷ 36643500.00)");
        // no initial budget: no rate, no points, never a division by zero
        BudgetFacts empty = new BudgetFacts(Map.of(), Map.of(), List.of(),
                Map.of("MUNICIPAL", new BudgetFacts.Adjustments(BigDecimal.ZERO, BigDecimal.ZERO)));
        assertThat(score(node, Map.of(), List.of(), empty).total()).isEqualByComparingTo("0.00");
        assertThat(Rules.framework(leaf("X", "5", Method.DEDUCTION, Map.of("source", "BUDGET_MOOD")))).extracting(FieldError::field)
                .anyMatch(f -> f.endsWith("source"));
    }

    @Test
    void spendingProgressAveragesCheckpoints() {
        BudgetFacts f = new BudgetFacts(Map.of(), Map.of(), List.of(
                new BudgetFacts.Month(6, bd("40.00"), bd("50.00")), new BudgetFacts.Month(12, bd("100.00"), bd("100.00"))));
        FrameworkNode n = leaf("S", "5", Method.SPENDING_PROGRESS, Map.of("checkpoints", List.of(6, 12)));
        assertThat(score(n, Map.of(), List.of(), f).total()).isEqualByComparingTo("4.50"); // 5 × (0.8 + 1) / 2
    }

    @Test
    void manualScoreNeedsJustification() {
        FrameworkNode n = leaf("M", "5", Method.MANUAL, Map.of());
        IndicatorInput in = new IndicatorInput(null, null, null, null, null, bd("3.333"), "专家评分", null, null);
        assertThat(score(n, Map.of("M", in), List.of(), facts("1", "1")).total()).isEqualByComparingTo("3.33");
        assertThat(Rules.input(n, new IndicatorInput(null, null, null, null, null, bd("6"), null, null, null)))
                .extracting(FieldError::field).containsExactlyInAnyOrder("score", "justification");
    }

    @Test
    void parentsAreTheSumOfRoundedChildren() {
        // each leaf is rounded on its own; the parent is the sum of what is printed, not a re-rounded total
        FrameworkNode a = leaf("A", "3.34", Method.TARGET_RATIO, Map.of());
        FrameworkNode b = leaf("B", "3.33", Method.TARGET_RATIO, Map.of());
        FrameworkNode c = leaf("C", "3.33", Method.TARGET_RATIO, Map.of());
        FrameworkNode root = new FrameworkNode("R", "R", bd("10"), Method.SUM, Map.of(), List.of(a, b, c));
        Map<String, IndicatorInput> inputs = new HashMap<>();
        for (String code : List.of("A", "B", "C")) {
            inputs.put(code, ratio(Direction.GE, "3", "2.995")); // 99.83 % of each
        }
        ScoreOutcome o = scorer.score(root, new Scorer.Inputs(inputs, List.of(), facts("1", "1"), null));
        BigDecimal sum = o.nodes().stream().map(NodeScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(o.total()).isEqualByComparingTo(sum);
        assertThat(o.nodes()).extracting(NodeScore::score).allMatch(s -> s.scale() == 2);
    }

    @Test
    void keyTasksAreWeightedAndUnexplainedMissesAreFlagged() {
        TaskIndicator met = new TaskIndicator("a", IndicatorKind.QUANTITY, Direction.GE, bd("10"), "件", bd("10"), null, null, bd("3"), null, null);
        TaskIndicator half = new TaskIndicator("b", IndicatorKind.QUALITY, Direction.GE, bd("10"), "%", bd("5"), null, null, bd("1"), null, null);
        KeyTask task = new KeyTask("任务", "目标", bd("20"), "完成", List.of(met, half));
        FrameworkNode duty = leaf("DUTY", "20", Method.TASKS, Map.of());
        ScoreOutcome o = score(duty, Map.of(), List.of(task), facts("100", "100"));
        assertThat(o.total()).isEqualByComparingTo("17.50"); // 20 × (3 × 1 + 1 × 0.5) / 4
        assertThat(o.tasks().get(0).indicators().get(1).met()).isFalse();
        assertThat(o.warnings()).extracting(Warning::code).contains("NOT_MET_WITHOUT_EXPLANATION");
    }

    @Test
    void achievementFarAboveExecutionIsFlagged() {
        KeyTask task = new KeyTask("任务", "目标", bd("50"), "完成", List.of(
                new TaskIndicator("a", IndicatorKind.QUANTITY, Direction.GE, bd("10"), "件", bd("10"), null, null, null, null, null)));
        FrameworkNode duty = leaf("DUTY", "50", Method.TASKS, Map.of());
        ScoreOutcome o = score(duty, Map.of(), List.of(task), facts("100", "80"));
        assertThat(o.warnings()).extracting(Warning::code).contains("ACHIEVEMENT_ABOVE_EXECUTION");
        ScoreOutcome fine = score(duty, Map.of(), List.of(task), facts("100", "99.92"));
        assertThat(fine.warnings()).extracting(Warning::code).doesNotContain("ACHIEVEMENT_ABOVE_EXECUTION");
    }

    @Test
    void gradeBandsHaveInclusiveLowerEdges() {
        GradePolicy p = GRADES;
        assertThat(p.gradeOf(bd("90.00")).label()).isEqualTo("优");
        assertThat(p.gradeOf(bd("89.99")).label()).isEqualTo("良");
        assertThat(p.gradeOf(bd("80")).label()).isEqualTo("良");
        assertThat(p.gradeOf(bd("79.99")).label()).isEqualTo("中");
        assertThat(p.gradeOf(bd("59.99")).label()).isEqualTo("差");
        assertThat(p.gradeOf(bd("93.16")).code()).isEqualTo("EXCELLENT");
    }
}
