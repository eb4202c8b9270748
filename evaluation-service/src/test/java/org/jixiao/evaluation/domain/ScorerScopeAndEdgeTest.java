package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jixiao.evaluation.domain.ScorerTest.bd;
import static org.jixiao.evaluation.domain.ScorerTest.leaf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

/** Scopes, categories and project lines of EXECUTION_RATE, and the edges of every other method. */
class ScorerScopeAndEdgeTest {
    private final Scorer scorer = new Scorer(ScorerTest.SETTINGS);

    /** The model department in yuan: MUNICIPAL 36,643,500 / 36,614,525; ALL adds 1,700,000 fully spent. */
    private static BudgetFacts model() {
        return model(true);
    }

    /** @param overspentLine whether line P-OVER (1,100 spent of 1,000) is there */
    private static BudgetFacts model(boolean overspentLine) {
        Map<String, BudgetFacts.Amounts> lines = new HashMap<>(Map.of("P-YW", amounts("1200000.00", "1200000.00"),
                "P-HALF", amounts("1000.00", "500.00"),
                "P-ZERO", amounts("0.00", "0.00")));
        if (overspentLine) {
            lines.put("P-OVER", amounts("1000.00", "1100.00"));
        }
        return new BudgetFacts(Map.of(
                "MUNICIPAL/TOTAL", amounts("36643500.00", "36614525.00"),
                "MUNICIPAL/BASIC", amounts("27628200.00", "27603775.00"),
                "MUNICIPAL/PROJECT", amounts("9015300.00", "9010750.00"),
                "ALL/TOTAL", amounts("38343500.00", "38314525.00"),
                "ALL/BASIC", amounts("27628200.00", "27603775.00"),
                "ALL/PROJECT", amounts("10715300.00", "10710750.00")),
                lines,
                List.of(new BudgetFacts.Month(3, bd("20.00"), bd("25.00")), new BudgetFacts.Month(6, bd("45.00"), bd("50.00")),
                        new BudgetFacts.Month(9, bd("80.00"), bd("75.00")), new BudgetFacts.Month(12, bd("99.92"), bd("100.00"))));
    }

    private static BudgetFacts.Amounts amounts(String budget, String spent) {
        return new BudgetFacts.Amounts(bd(budget), bd(spent));
    }

    private ScoreOutcome budgetOnly(FrameworkNode node, String lineCode) {
        return scorer.score(node, new Scorer.Inputs(Map.of(), List.of(), model(), lineCode));
    }

    private ScoreOutcome score(FrameworkNode node, IndicatorInput input) {
        return scorer.score(node, new Scorer.Inputs(Map.of(node.code(), input), List.of(), model(false), null));
    }

    private static IndicatorInput actual(String actual) {
        return new IndicatorInput(null, null, bd(actual), null, null, null, null, null, null);
    }

    @Test
    void executionRateScopeAndCategoryAreParameters() {
        assertThat(budgetOnly(leaf("E", "10", Method.EXECUTION_RATE, Map.of()), null).total()).isEqualByComparingTo("9.99");
        // BASIC 27,603,775 ÷ 27,628,200 = 99.9116 % → 9.99; PROJECT 99.9495 % → 9.99 (20 points: 19.99)
        ScoreOutcome basic = budgetOnly(leaf("E", "10", Method.EXECUTION_RATE, Map.of("category", "BASIC")), null);
        assertThat(basic.nodes().get(0).explanation()).startsWith("10 × min(99.91%, 100%) = 9.99");
        ScoreOutcome project = budgetOnly(leaf("E", "20", Method.EXECUTION_RATE, Map.of("scope", "MUNICIPAL", "category", "PROJECT")), null);
        assertThat(project.total()).isEqualByComparingTo("19.99");
        assertThat(project.nodes().get(0).inputs()).containsEntry("rate", new BigDecimal("99.95"));
        // ALL funds: 38,314,525 ÷ 38,343,500 = 99.9244 % → 100 × = 99.92
        ScoreOutcome all = budgetOnly(leaf("E", "100", Method.EXECUTION_RATE, Map.of("scope", "ALL")), null);
        assertThat(all.total()).isEqualByComparingTo("99.92");
        assertThat(all.nodes().get(0).inputs()).containsEntry("scope", "ALL");
    }

    @Test
    void aProjectEvaluationUsesItsOwnLine() {
        FrameworkNode rate = leaf("E", "10", Method.EXECUTION_RATE, Map.of("scope", "MUNICIPAL"));
        assertThat(budgetOnly(rate, "P-YW").total()).isEqualByComparingTo("10.00");
        ScoreOutcome half = budgetOnly(rate, "P-HALF");
        assertThat(half.total()).isEqualByComparingTo("5.00");
        assertThat(half.nodes().get(0).explanation()).contains("10 × min(50.00%, 100%) = 5.00");
        ScoreOutcome zero = budgetOnly(rate, "P-ZERO");
        assertThat(zero.total()).isEqualByComparingTo("0.00");
        assertThat(zero.warnings()).extracting(Warning::code).containsExactly("NO_EXECUTION_RATE");
        ScoreOutcome over = budgetOnly(rate, "P-OVER");
        assertThat(over.total()).isEqualByComparingTo("10.00");
        assertThat(over.nodes().get(0).explanation()).contains("min(110.00%, 100%)");
        assertThat(over.warnings()).extracting(Warning::code).containsExactly("SPENT_ABOVE_BUDGET");
        ScoreOutcome unknown = budgetOnly(rate, "P-NONE");
        assertThat(unknown.total()).isEqualByComparingTo("0.00");
    }

    @Test
    void aDepartmentEvaluationFlagsEveryLineSpentAboveItsBudget() {
        ScoreOutcome o = budgetOnly(leaf("E", "10", Method.EXECUTION_RATE, Map.of()), null);
        assertThat(o.warnings()).extracting(Warning::code, Warning::node)
                .containsExactly(tuple("SPENT_ABOVE_BUDGET", "P-OVER"));
        assertThat(o.warnings().get(0).message()).endsWith("P-OVER 支出 1100.00 ÷ 预算 1000.00 = 110.00%");
    }

    @Test
    void aProjectWhoseIndicatorsAreMetWhileHalfItsMoneyIsUnspentIsFlagged() {
        FrameworkNode project = new FrameworkNode("PROJECT", "项目", bd("30"), Method.SUM, Map.of(), List.of(
                leaf("EXEC-RATE", "10", Method.EXECUTION_RATE, Map.of()),
                leaf("OUTPUT", "20", Method.TARGET_RATIO, Map.of("direction", "GE"))));
        Map<String, IndicatorInput> met = Map.of("OUTPUT", new IndicatorInput(null, bd("12"), bd("12"), null, null, null, null,
                null, null));
        // line P-HALF: 50 % spent, outputs 100 % achieved → 50 points above the execution rate
        ScoreOutcome half = scorer.score(project, new Scorer.Inputs(met, List.of(), model(), "P-HALF"));
        assertThat(half.warnings()).extracting(Warning::code).containsExactly("ACHIEVEMENT_ABOVE_EXECUTION");
        assertThat(half.warnings().get(0).message()).contains("100.00%", "50.00%");
        // line P-YW: 100 % spent: plausible
        assertThat(scorer.score(project, new Scorer.Inputs(met, List.of(), model(), "P-YW")).warnings()).isEmpty();
        // nothing entered: nothing to compare
        assertThat(scorer.score(project, new Scorer.Inputs(Map.of(), List.of(), model(), "P-HALF")).warnings()).isEmpty();
    }

    @Test
    void spendingProgressCapsEachCheckpointAndCountsMissingMonthsAsZero() {
        // M3 20/25 = 0.8, M6 45/50 = 0.9, M9 80/75 capped at 1, M12 99.92/100 = 0.9992 → 5 × 3.6992 / 4 = 4.624 → 4.62
        ScoreOutcome o = budgetOnly(leaf("S", "5", Method.SPENDING_PROGRESS, Map.of()), null);
        assertThat(o.total()).isEqualByComparingTo("4.62");
        assertThat(o.nodes().get(0).explanation()).contains("M9: min(80.00% ÷ 75.00%, 1) = 1");
        // month 11 has no data: 0 for that checkpoint
        ScoreOutcome missing = budgetOnly(leaf("S", "4", Method.SPENDING_PROGRESS, Map.of("checkpoints", List.of(11, 12))), null);
        assertThat(missing.total()).isEqualByComparingTo("2.00");
        assertThat(missing.nodes().get(0).explanation()).contains("M11: no data 0");
    }

    @Test
    void deductionBelowAThreshold() {
        // e.g. 2 points off per point of satisfaction below 90 %
        FrameworkNode n = leaf("D", "10", Method.DEDUCTION, Map.of("threshold", 90, "perUnit", 2, "direction", "BELOW"));
        assertThat(score(n, actual("95")).total()).isEqualByComparingTo("10.00");
        assertThat(score(n, actual("90")).total()).isEqualByComparingTo("10.00");
        assertThat(score(n, actual("87.5")).total()).isEqualByComparingTo("5.00");
        assertThat(score(n, actual("80")).total()).isEqualByComparingTo("0.00");
        assertThat(score(n, actual("87.5")).nodes().get(0).explanation())
                .isEqualTo("max(0, 10 − 2 × max(0, 90 − actual 87.5)) = 5.00");
        // no input: 0 with an explanation, never an error
        assertThat(scorer.score(n, new Scorer.Inputs(Map.of(), List.of(), model(), null)).nodes().get(0).explanation())
                .isEqualTo("no input entered: 0");
    }

    @Test
    void targetRatioEdges() {
        FrameworkNode n = leaf("T", "10", Method.TARGET_RATIO, Map.of("direction", "LE", "target", 100));
        // LE below target: met, full points; the framework's direction and target apply when the input has none
        ScoreOutcome cheap = score(n, actual("80"));
        assertThat(cheap.total()).isEqualByComparingTo("10.00");
        assertThat(cheap.warnings()).extracting(Warning::code).containsExactly("OVER_ACHIEVEMENT"); // 100/80 = 1.25 > 1.2
        assertThat(score(n, actual("0")).total()).isEqualByComparingTo("10.00");
        // LE above target, not met, without cause and remedy
        ScoreOutcome dear = score(n, actual("125"));
        assertThat(dear.total()).isEqualByComparingTo("8.00");
        assertThat(dear.warnings()).extracting(Warning::code).containsExactly("NOT_MET_WITHOUT_EXPLANATION");
        // with cause and remedy: no warning
        IndicatorInput explained = new IndicatorInput(null, null, bd("125"), null, null, null, null, "物价上涨", "优化采购");
        assertThat(score(n, explained).warnings()).isEmpty();
        // GE with a zero target: full points
        FrameworkNode ge = leaf("G", "10", Method.TARGET_RATIO, Map.of());
        assertThat(score(ge, new IndicatorInput(Direction.GE, bd("0"), bd("3"), null, null, null, null, null, null)).total())
                .isEqualByComparingTo("10.00");
        // exactly 20 % above target is not flagged, above it is
        assertThat(score(ge, new IndicatorInput(Direction.GE, bd("100"), bd("120"), null, null, null, null, null, null)).warnings()).isEmpty();
        assertThat(score(ge, new IndicatorInput(Direction.GE, bd("100"), bd("120.01"), null, null, null, null, null, null)).warnings())
                .extracting(Warning::code).containsExactly("OVER_ACHIEVEMENT");
        // GE: 2 of 3 → 6.666… → 6.67 (HALF_UP at the leaf)
        assertThat(score(ge, new IndicatorInput(Direction.GE, bd("3"), bd("2"), null, null, null, null, null, null)).total())
                .isEqualByComparingTo("6.67");
    }

    @Test
    void tieredEdgesOfEveryBand() {
        FrameworkNode n = leaf("Q", "10", Method.TIERED, Map.of());
        assertThat(score(n, tier(Tier.ACHIEVED, "0")).total()).isEqualByComparingTo("8.00");
        assertThat(score(n, tier(Tier.ACHIEVED, "1")).total()).isEqualByComparingTo("10.00");
        assertThat(score(n, tier(Tier.PARTIAL, "1")).total()).isEqualByComparingTo("8.00");
        assertThat(score(n, tier(Tier.NOT_ACHIEVED, "0")).total()).isEqualByComparingTo("0.00");
        assertThat(score(n, tier(Tier.PARTIAL, "0.5")).nodes().get(0).explanation())
                .isEqualTo("10 × PARTIAL 0.6–0.8 at 0.5 → 70.00% = 7.00");
        // a region using 80/50: every band replaced
        FrameworkNode region = leaf("Q", "10", Method.TIERED, Map.of("bands", Map.of(
                "ACHIEVED", List.of(0.8, 1), "PARTIAL", List.of(0.5, 0.8), "NOT_ACHIEVED", List.of(0, 0.5))));
        assertThat(score(region, tier(Tier.NOT_ACHIEVED, "1")).total()).isEqualByComparingTo("5.00");
        // an achieved tier is met, yet below full points it needs its cause and remedy too; at full points nothing
        assertThat(score(n, tier(Tier.ACHIEVED, "0")).warnings()).extracting(Warning::code)
                .containsExactly("BELOW_FULL_POINTS_WITHOUT_EXPLANATION");
        assertThat(score(n, tier(Tier.ACHIEVED, "1")).warnings()).isEmpty();
    }

    @Test
    void manualScoresAreRoundedAndNeedAJustification() {
        FrameworkNode n = leaf("M", "5", Method.MANUAL, Map.of());
        IndicatorInput in = new IndicatorInput(null, null, null, null, null, bd("4.125"), "抽查3个项目，1个资料不全", null, null);
        ScoreOutcome o = score(n, in);
        assertThat(o.total()).isEqualByComparingTo("4.13");
        assertThat(o.nodes().get(0).explanation()).isEqualTo("entered 4.13 of 5: 抽查3个项目，1个资料不全");
        assertThat(Rules.input(n, new IndicatorInput(null, null, null, null, null, bd("5"), "满分", null, null))).isEmpty();
        assertThat(Rules.input(n, new IndicatorInput(null, null, null, null, null, bd("-0.01"), "x", null, null)))
                .extracting(FieldError::field).containsExactly("score");
        assertThat(Rules.input(n, new IndicatorInput(null, null, null, null, null, bd("5.01"), " ", null, null)))
                .extracting(FieldError::field).containsExactly("score", "justification");
    }

    @Test
    void sumAndTasksExplainTheirArithmetic() {
        FrameworkNode root = new FrameworkNode("R", "R", bd("30"), Method.SUM, Map.of(), List.of(
                new FrameworkNode("M", "管理", bd("20"), Method.SUM, Map.of(), List.of(
                        leaf("E", "10", Method.EXECUTION_RATE, Map.of()), leaf("Q", "10", Method.TIERED, Map.of()))),
                leaf("DUTY", "10", Method.TASKS, Map.of())));
        ScoreOutcome o = scorer.score(root, new Scorer.Inputs(Map.of("Q", tier(Tier.PARTIAL, "0.5")),
                List.of(new KeyTask("a", "g", bd("4"), "o", List.of()), new KeyTask("b", "g", bd("6"), "o", List.of())),
                model(), null));
        assertThat(o.nodes()).extracting(NodeScore::code).containsExactly("M", "DUTY");
        assertThat(o.nodes().get(0).explanation()).isEqualTo("9.99 + 7.00 = 16.99");
        assertThat(o.nodes().get(1).explanation()).isEqualTo("Σ key tasks: 4.00 + 6.00 = 10.00");
        assertThat(o.total()).isEqualByComparingTo("26.99");
        assertThat(o.tasks()).extracting(ScoredTask::explanation).allMatch(e -> e.contains("no indicators: full points"));
    }

    @Test
    void qualitativeTaskIndicatorsUseTheBandsAndReportTheirScoreShare() {
        TaskIndicator partial = new TaskIndicator("立项建设", IndicatorKind.TIMELINESS, Direction.QUALITATIVE, null, null, null,
                Tier.PARTIAL, bd("0.5"), bd("1"), "审批延迟", "提前启动");
        TaskIndicator ratio = new TaskIndicator("维持率", IndicatorKind.QUALITY, Direction.GE, bd("95"), "%", bd("100"), null, null,
                bd("1"), null, null);
        ScoredTask t = scorer.task(new KeyTask("任务", "目标", bd("18"), "完成", List.of(partial, ratio)), new ArrayList<>());
        // (0.7 + 1) / 2 = 0.85 → 18 × 85 % = 15.30
        assertThat(t.score()).isEqualByComparingTo("15.30");
        assertThat(t.completion()).isEqualByComparingTo("0.85");
        assertThat(t.completionPercent()).isEqualTo(new BigDecimal("85.00"));
        assertThat(t.indicators().get(0).score()).isEqualByComparingTo("0.7");
        assertThat(t.indicators().get(0).scorePercent()).isEqualTo(new BigDecimal("70.00"));
        assertThat(t.indicators().get(0).fraction()).isEqualByComparingTo("0.5");
        assertThat(t.indicators().get(0).met()).isFalse();
        assertThat(t.indicators().get(1).score()).isEqualByComparingTo("1");
        assertThat(t.indicators().get(1).met()).isTrue();
    }

    @Test
    void gradeLabelsAreConfiguration() {
        GradePolicy guangdong = new GradePolicy(List.of(
                new GradePolicy.Band("EXCELLENT", "优秀", bd("90")),
                new GradePolicy.Band("GOOD", "良好", bd("80")),
                new GradePolicy.Band("FAIR", "中", bd("60")),
                new GradePolicy.Band("POOR", "差", BigDecimal.ZERO)));
        assertThat(guangdong.gradeOf(bd("93.16")).label()).isEqualTo("优秀");
        assertThat(guangdong.gradeOf(bd("89.99")).label()).isEqualTo("良好");
        assertThat(guangdong.gradeOf(bd("60.00")).code()).isEqualTo("FAIR");
        assertThat(guangdong.gradeOf(bd("0")).code()).isEqualTo("POOR");
        assertThat(ScorerTest.GRADES.gradeOf(bd("100")).code()).isEqualTo("EXCELLENT");
        // configured in any order, bands still apply highest first
        GradePolicy shuffled = new GradePolicy(List.of(guangdong.bands().get(3), guangdong.bands().get(1),
                guangdong.bands().get(0), guangdong.bands().get(2)));
        assertThat(shuffled.gradeOf(bd("85")).label()).isEqualTo("良好");
        assertThat(shuffled.gradeOf(bd("95")).label()).isEqualTo("优秀");
    }

    @Test
    void frameworkRulesNameEveryField() {
        FrameworkNode root = new FrameworkNode("R", "R", bd("10"), Method.SUM, Map.of(), List.of(
                new FrameworkNode("has space", "a", bd("5"), null, Map.of(), List.of(leaf("X", "-1", Method.MANUAL, Map.of()))),
                leaf("D", "5", Method.DEDUCTION, Map.of("perUnit", 0, "direction", "SIDEWAYS", "threshold", "abc"))));
        assertThat(Rules.framework(root)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "children[0].code", "children[0].method", "children[0].children[0].points",
                "children[1].params.perUnit", "children[1].params.direction", "children[1].params.threshold");
        assertThat(Rules.framework(new FrameworkNode("R", "R", bd("10"), Method.SUM, Map.of(), List.of())))
                .extracting(FieldError::field).containsExactly("children");
        assertThat(Rules.framework(new FrameworkNode("R", "R", bd("10"), Method.TIERED, Map.of(), List.of(leaf("A", "10", Method.MANUAL, Map.of())))))
                .extracting(FieldError::field).containsExactly("children");
    }

    private static IndicatorInput tier(Tier t, String fraction) {
        return new IndicatorInput(null, null, null, t, bd(fraction), null, null, null, null);
    }
}
