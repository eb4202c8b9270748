package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.evaluation.domain.ScorerTest.bd;
import static org.jixiao.evaluation.domain.ScorerTest.facts;
import static org.jixiao.evaluation.domain.ScorerTest.leaf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

/**
 * Scoring rules real tables need: a project's approved indicators as the evaluation's tree, results only on approved
 * key tasks, points by ranking, and a cause and remedy for every score below full points.
 */
class TargetScoringTest {
    private final Scorer scorer = new Scorer(ScorerTest.SETTINGS);

    static TargetIndicator indicator(TargetLevel1 l1, TargetLevel2 l2, String name, Direction nature, Object value,
                                     String unit, String weight) {
        return new TargetIndicator(l1, l2, name, nature, value, unit, bd(weight));
    }

    static final TargetContent PROJECT = new TargetContent("完成系统升级", null, List.of(
            indicator(TargetLevel1.SATISFACTION, TargetLevel2.SERVICE_SATISFACTION, "群众满意度", Direction.GE, 90, "%", "10"),
            indicator(TargetLevel1.OUTPUT, TargetLevel2.QUALITY, "系统可用率", Direction.GE, 99, "%", "15"),
            indicator(TargetLevel1.OUTPUT, TargetLevel2.QUANTITY, "系统功能模块上线数", Direction.GE, 5, "个", "20"),
            indicator(TargetLevel1.COST, TargetLevel2.ECONOMIC_COST, "项目总成本", Direction.LE, 186, "万元", "10"),
            indicator(TargetLevel1.OUTPUT, TargetLevel2.QUALITY, "安全事故", Direction.EQ, 0, "起", "15"),
            indicator(TargetLevel1.BENEFIT, TargetLevel2.SOCIAL_BENEFIT, "信访办理效率", Direction.QUALITATIVE, "明显提升", null, "20")));

    static final FrameworkNode PROJECT_TARGETS = new FrameworkNode("PROJECT-TARGETS", "项目", bd("100"), Method.SUM, null,
            List.of(leaf("EXEC-RATE", "10", Method.EXECUTION_RATE, Map.of()),
                    leaf("INDICATORS", "90", Method.TARGET_INDICATORS, Map.of())));

    @Test
    void approvedIndicatorsBecomeGroupsByLevelWithTheirWeightsAsPoints() {
        FrameworkNode tree = TargetTree.expand(PROJECT_TARGETS, PROJECT);
        FrameworkNode indicators = tree.children().get(1);
        assertThat(indicators.method()).isEqualTo(Method.SUM);
        assertThat(indicators.children()).extracting(FrameworkNode::name).containsExactly("产出指标", "成本指标", "效益指标", "满意度指标");
        FrameworkNode output = indicators.children().get(0);
        assertThat(output.children()).extracting(FrameworkNode::code).containsExactly("OUTPUT.QUANTITY", "OUTPUT.QUALITY");
        // leaves keep the declared position as their code; groups follow the order of the levels
        assertThat(output.children().get(1).children()).extracting(FrameworkNode::code).containsExactly("I2", "I5");
        assertThat(output.points()).isEqualByComparingTo("50");
        FrameworkNode qualitative = indicators.children().get(2).children().get(0).children().get(0);
        assertThat(qualitative.method()).isEqualTo(Method.TIERED);
        assertThat(qualitative.params()).containsEntry("value", "明显提升");
        FrameworkNode cost = indicators.children().get(1).children().get(0).children().get(0);
        assertThat(cost.method()).isEqualTo(Method.TARGET_RATIO);
        assertThat(cost.params()).containsEntry("direction", "LE").containsEntry(TargetTree.FROM_TARGETS, true);
        assertThat(Rules.framework(tree)).as("an expanded tree is a valid framework").isEmpty();
    }

    @Test
    void weightsAreNormalisedToTheNodesPointsAndAddUpExactly() {
        // three weights of 1 over 90: 30 each; over 10: 3.34 + 3.33 + 3.33 (the cent to the first)
        assertThat(TargetTree.normalised(List.of(bd("1"), bd("1"), bd("1")), bd("90")))
                .extracting(BigDecimal::toPlainString).containsExactly("30.00", "30.00", "30.00");
        assertThat(TargetTree.normalised(List.of(bd("1"), bd("1"), bd("1")), bd("10")))
                .extracting(BigDecimal::toPlainString).containsExactly("3.34", "3.33", "3.33");
        // a table whose indicators weigh 100 in all, scored to 90: 30 → 27, 45 → 40.5, 25 → 22.5
        assertThat(TargetTree.normalised(List.of(bd("30"), bd("45"), bd("25")), bd("90")))
                .extracting(BigDecimal::toPlainString).containsExactly("27.00", "40.50", "22.50");
        assertThat(TargetTree.normalised(List.of(bd("7"), bd("7"), bd("7"), bd("7"), bd("7"), bd("7"), bd("7")), bd("90"))
                .stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("90");
    }

    @Test
    void aProjectScoresItsMoneyAndItsOwnIndicators() {
        FrameworkNode tree = TargetTree.expand(PROJECT_TARGETS, PROJECT);
        BudgetFacts facts = new BudgetFacts(Map.of(), Map.of("XXH", new BudgetFacts.Amounts(bd("1860000"), bd("1813500"))),
                List.of());
        Map<String, IndicatorInput> inputs = Map.of(
                "I1", actual("92"), "I2", actual("99.5"), "I3", actual("4", "一个模块延期", "2022年一季度上线"),
                "I4", actual("181.35"), "I5", actual("0"),
                "I6", new IndicatorInput(null, null, null, Tier.ACHIEVED, bd("1"), null, null, null, null));
        ScoreOutcome o = scorer.score(tree, new Scorer.Inputs(inputs, List.of(), facts, "XXH", "project XXH"));
        // 10 × 97.5 % = 9.75; 20 × 4/5 = 16; the rest full: 9.75 + 16 + 15 + 15 + 10 + 20 + 10
        assertThat(o.total()).isEqualByComparingTo("95.75");
        assertThat(o.nodes().get(0).inputs()).containsEntry("scope", "project XXH");
        assertThat(o.warnings()).isEmpty();
        // 安全事故 = 0 起 with one accident: nothing, and not met
        ScoreOutcome accident = scorer.score(tree, new Scorer.Inputs(Map.of("I5", actual("1")), List.of(), facts, "XXH", "project XXH"));
        assertThat(accident.nodes().get(1).flatten().filter(n -> n.code().equals("I5")).findFirst().orElseThrow().score())
                .isEqualByComparingTo("0");
        assertThat(accident.warnings()).extracting(Warning::code).contains("NOT_MET_WITHOUT_EXPLANATION");
    }

    @Test
    void anInputMayNotChangeAnApprovedTarget() {
        FrameworkNode leaf = TargetTree.expand(PROJECT_TARGETS, PROJECT).flatten().filter(n -> n.code().equals("I2"))
                .findFirst().orElseThrow();
        assertThat(Rules.input(leaf, actual("99"))).isEmpty();
        assertThat(Rules.input(leaf, new IndicatorInput(null, bd("99"), bd("99"), null, null, null, null, null, null)))
                .as("the approved target repeated is fine").isEmpty();
        assertThat(Rules.input(leaf, new IndicatorInput(Direction.LE, bd("98"), bd("99"), null, null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("target", "direction");
    }

    @Test
    void everyScoreBelowFullPointsNeedsACauseAndARemedy() {
        FrameworkNode qualitative = leaf("Q", "5", Method.TIERED, Map.of());
        FrameworkNode manual = leaf("M", "5", Method.MANUAL, Map.of());
        FrameworkNode root = new FrameworkNode("R", "r", bd("10"), Method.SUM, null, List.of(qualitative, manual));
        // ACHIEVED, yet 90 % of the points; a MANUAL 4 of 5: both below full points
        Map<String, IndicatorInput> unexplained = Map.of(
                "Q", new IndicatorInput(null, null, null, Tier.ACHIEVED, bd("0.5"), null, null, null, null),
                "M", new IndicatorInput(null, null, null, null, null, bd("4"), "资料不全", null, null));
        ScoreOutcome o = scorer.score(root, new Scorer.Inputs(unexplained, List.of(), facts("1", "1"), null));
        assertThat(o.warnings()).extracting(Warning::code, Warning::node).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BELOW_FULL_POINTS_WITHOUT_EXPLANATION", "Q"),
                org.assertj.core.groups.Tuple.tuple("BELOW_FULL_POINTS_WITHOUT_EXPLANATION", "M"));
        Map<String, IndicatorInput> explained = Map.of(
                "Q", new IndicatorInput(null, null, null, Tier.ACHIEVED, bd("0.5"), null, null, "公开不及时", "按期公开"),
                "M", new IndicatorInput(null, null, null, null, null, bd("4"), "资料不全", "档案缺失", "补齐档案"));
        assertThat(scorer.score(root, new Scorer.Inputs(explained, List.of(), facts("1", "1"), null)).warnings()).isEmpty();
        // full points need nothing
        Map<String, IndicatorInput> full = Map.of(
                "Q", new IndicatorInput(null, null, null, Tier.ACHIEVED, bd("1"), null, null, null, null),
                "M", new IndicatorInput(null, null, null, null, null, bd("5"), "齐全", null, null));
        assertThat(scorer.score(root, new Scorer.Inputs(full, List.of(), facts("1", "1"), null)).warnings()).isEmpty();
    }

    static final FrameworkNode RANKING = leaf("RANK", "5", Method.RANKING, Map.of("bands", List.of(
            Map.of("upTo", 3, "share", 1), Map.of("upTo", 6, "share", 0.8), Map.of("upToPercent", 75, "share", 0.6),
            Map.of("share", 0.2))));

    private ScoreOutcome ranked(Integer position, int of) {
        BudgetFacts facts = facts("1", "1").withRank(position == null ? null : new BudgetFacts.Rank(position, of, "2021-12-31"));
        return scorer.score(RANKING, new Scorer.Inputs(Map.of(), List.of(), facts, null));
    }

    @Test
    void theCityRankingBecomesPointsByBands() {
        assertThat(ranked(1, 12).total()).isEqualByComparingTo("5.00");
        assertThat(ranked(3, 12).total()).as("a bound is inclusive").isEqualByComparingTo("5.00");
        assertThat(ranked(6, 12).total()).as("the model department, 第6名").isEqualByComparingTo("4.00");
        assertThat(ranked(6, 12).nodes().get(0).explanation()).startsWith("第6名 / 12");
        assertThat(ranked(9, 12).total()).as("9 ÷ 12 = 75 %").isEqualByComparingTo("3.00");
        assertThat(ranked(10, 12).total()).isEqualByComparingTo("1.00");
        ScoreOutcome unranked = ranked(null, 12);
        assertThat(unranked.total()).isEqualByComparingTo("0");
        assertThat(unranked.warnings()).extracting(Warning::code).containsExactly("NO_RANKING");
    }

    @Test
    void rankBandsAreValidated() {
        assertThat(Rules.framework(RANKING)).isEmpty();
        assertThat(Rules.framework(leaf("R", "5", Method.RANKING, Map.of()))).extracting(FieldError::field)
                .containsExactly("params.bands");
        assertThat(Rules.framework(leaf("R", "5", Method.RANKING, Map.of("bands", List.of(
                Map.of("upTo", 5, "share", 1), Map.of("upTo", 3, "share", 1.5), Map.of("share", 0.5),
                Map.of("upToPercent", 120, "share", 0))))))
                .extracting(FieldError::field).containsExactly("params.bands[1].share", "params.bands[1].upTo",
                        "params.bands[2]", "params.bands[3].upToPercent");
    }

    @Test
    void aDepartmentEntersResultsOnItsApprovedKeyTasksOnly() {
        TargetContent content = new TargetContent("目标", List.of(new TargetTask("化解信访矛盾", "增强治理效能", bd("50"), List.of(
                indicator(TargetLevel1.OUTPUT, TargetLevel2.TIMELINESS, "按期答复率", Direction.GE, 95, "%", "1"),
                indicator(TargetLevel1.BENEFIT, TargetLevel2.SOCIAL_BENEFIT, "接访秩序", Direction.QUALITATIVE, "安全有序", null, "1")))),
                null);
        List<KeyTask> approved = TargetCopy.tasks(content);
        assertThat(approved.get(0).indicators().get(0).kind()).isEqualTo(IndicatorKind.TIMELINESS);
        assertThat(approved.get(0).indicators().get(1).kind()).isEqualTo(IndicatorKind.BENEFIT);
        assertThat(approved.get(0).indicators().get(1).expected()).isEqualTo("安全有序");

        KeyTask results = new KeyTask("化解信访矛盾", null, null, "全年按期答复率99.99%", List.of(
                new TaskIndicator(null, null, null, null, null, bd("99.99"), null, null, null, null, null),
                new TaskIndicator(null, null, null, null, null, null, Tier.ACHIEVED, bd("1"), null, null, null)));
        TargetCopy.Merged merged = TargetCopy.merge(approved, List.of(results), 2);
        assertThat(merged.problems()).isEmpty();
        assertThat(merged.tasks().get(0).goal()).isEqualTo("增强治理效能");
        assertThat(merged.tasks().get(0).outcome()).isEqualTo("全年按期答复率99.99%");
        assertThat(merged.tasks().get(0).indicators().get(0).target()).isEqualByComparingTo("95");
        assertThat(merged.tasks().get(0).indicators().get(0).actual()).isEqualByComparingTo("99.99");

        KeyTask changed = new KeyTask("化解信访矛盾", null, bd("40"), null, List.of(
                new TaskIndicator("按期答复率", null, Direction.GE, bd("90"), "%", bd("99"), null, null, null, null, null),
                new TaskIndicator(null, null, null, null, null, null, Tier.ACHIEVED, null, bd("2"), null, null)));
        assertThat(TargetCopy.merge(approved, List.of(changed), 2).problems()).extracting(FieldError::field)
                .containsExactly("tasks[0].points", "tasks[0].indicators[0].target", "tasks[0].indicators[1].weight");
        assertThat(TargetCopy.merge(approved, List.of(), 2).problems()).extracting(FieldError::field).containsExactly("tasks");
    }

    private static IndicatorInput actual(String value) {
        return new IndicatorInput(null, null, bd(value), null, null, null, null, null, null);
    }

    private static IndicatorInput actual(String value, String cause, String remedy) {
        return new IndicatorInput(null, null, bd(value), null, null, null, null, cause, remedy);
    }
}
