package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.evaluation.domain.ScorerTest.bd;
import static org.jixiao.evaluation.domain.ScorerTest.leaf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void aSumMustAddUpAndEveryProblemIsListed() {
        FrameworkNode bad = new FrameworkNode("ROOT", "根", bd("100"), Method.SUM, Map.of(), List.of(
                leaf("A", "40", Method.EXECUTION_RATE, Map.of("scope", "CITY")),
                leaf("A", "50", Method.SPENDING_PROGRESS, Map.of("checkpoints", List.of(13))),
                new FrameworkNode("C", "", bd("5"), Method.TIERED, Map.of("bands", Map.of("PARTIAL", List.of(0.9, 0.2))), List.of())));
        assertThat(Rules.framework(bad)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "points", "children[0].params.scope", "children[1].code", "children[1].params.checkpoints",
                "children[2].name", "children[2].params.bands.PARTIAL");
    }

    @Test
    void leavesHaveNoChildrenAndOneTasksNodeAtMost() {
        FrameworkNode root = new FrameworkNode("R", "R", bd("10"), Method.SUM, Map.of(), List.of(
                leaf("T1", "5", Method.TASKS, Map.of()), leaf("T2", "5", Method.TASKS, Map.of())));
        assertThat(Rules.framework(root)).extracting(FieldError::message).anyMatch(m -> m.contains("at most one TASKS"));
    }

    @Test
    void taskPointsMustAddUpToTheTasksNode() {
        List<KeyTask> tasks = List.of(new KeyTask("a", "g", bd("18"), "o", List.of()), new KeyTask("b", "g", bd("18"), "o", List.of()),
                new KeyTask("c", "g", bd("13"), "o", List.of()));
        assertThat(Rules.tasks(bd("50"), tasks)).extracting(FieldError::field).containsExactly("points");
        List<KeyTask> ok = List.of(tasks.get(0), tasks.get(1), new KeyTask("c", "g", bd("14"), "o", List.of()));
        assertThat(Rules.tasks(bd("50"), ok)).isEmpty();
    }

    @Test
    void taskIndicatorsNeedWhatTheirDirectionNeeds() {
        TaskIndicator noKind = new TaskIndicator("a", null, Direction.GE, bd("95"), "%", null, null, null, bd("0"), null, null);
        TaskIndicator noTier = new TaskIndicator("b", IndicatorKind.TIMELINESS, Direction.QUALITATIVE, null, null, null, null,
                bd("2"), null, null, null);
        List<KeyTask> tasks = List.of(new KeyTask("t", "g", bd("50"), "o", List.of(noKind, noTier)));
        assertThat(Rules.tasks(bd("50"), tasks)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "[0].indicators[0].kind", "[0].indicators[0].actual", "[0].indicators[0].weight",
                "[0].indicators[1].tier", "[0].indicators[1].fraction");
    }

    @Test
    void inputsOutsideTheirRangeNameTheField() {
        FrameworkNode tiered = leaf("Q", "5", Method.TIERED, Map.of());
        assertThat(Rules.input(tiered, new IndicatorInput(null, null, null, Tier.ACHIEVED, bd("1.5"), null, null, null, null)))
                .extracting(FieldError::field).containsExactly("fraction");
        FrameworkNode rate = leaf("E", "10", Method.EXECUTION_RATE, Map.of());
        assertThat(Rules.input(rate, new IndicatorInput(null, null, bd("1"), null, null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("code");
    }

    /** 定性 tiers are closed below and open above (ACHIEVED excepted): 0.8 of the points is ACHIEVED's, not PARTIAL's. */
    @Test
    void aScoreBelongsToExactlyOneTier() {
        FrameworkNode tiered = leaf("Q", "5", Method.TIERED, Map.of());
        assertThat(Rules.input(tiered, new IndicatorInput(null, null, null, Tier.PARTIAL, bd("1"), null, null, null, null)))
                .extracting(FieldError::message).singleElement().asString().contains("below 1 for PARTIAL");
        assertThat(Rules.input(tiered, new IndicatorInput(null, null, null, Tier.NOT_ACHIEVED, bd("1.0"), null, null, null, null)))
                .extracting(FieldError::field).containsExactly("fraction");
        assertThat(Rules.input(tiered, new IndicatorInput(null, null, null, Tier.PARTIAL, bd("0.99"), null, null, null, null))).isEmpty();
        assertThat(Rules.input(tiered, new IndicatorInput(null, null, null, Tier.ACHIEVED, bd("1"), null, null, null, null))).isEmpty();
        TaskIndicator partialAtTop = new TaskIndicator("满意度", IndicatorKind.SATISFACTION, Direction.QUALITATIVE, null, null,
                null, Tier.PARTIAL, bd("1"), bd("1"), null, null);
        assertThat(Rules.tasks(bd("10"), List.of(new KeyTask("t", "g", bd("10"), "o", List.of(partialAtTop)))))
                .extracting(FieldError::field).contains("[0].indicators[0].fraction");
    }

    @Test
    void numbersInParamsAreBoundedBeforeAnyArithmeticSeesThem() {
        // 1e100000000 subtracted from an actual, or 1 − 1e-100000000 in a band, would take 100 million digits
        FrameworkNode root = new FrameworkNode("R", "R", bd("10"), Method.SUM, Map.of(), List.of(
                leaf("D", "5", Method.DEDUCTION, Map.of("threshold", "1e100000000", "perUnit", bd("1E+20"))),
                leaf("T", "5", Method.TIERED, Map.of("bands", Map.of("ACHIEVED", List.of(bd("1E-100000000"), 1)))),
                leaf("P", "0", Method.TARGET_RATIO, Map.of("target", " 95"))));
        assertThat(Rules.framework(root)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "children[0].params.threshold", "children[0].params.perUnit", "children[1].params.bands.ACHIEVED",
                "children[2].params.target");
    }

    @Test
    void nullKeyTasksAndIndicatorsAreNamedNotDereferenced() {
        List<KeyTask> tasks = new ArrayList<>();
        tasks.add(null);
        List<TaskIndicator> indicators = new ArrayList<>();
        indicators.add(null);
        tasks.add(new KeyTask("t", "g", bd("50"), "o", indicators));
        assertThat(Rules.tasks(bd("50"), tasks)).extracting(FieldError::field).containsExactly("[0]", "[1].indicators[0]");
    }
}
