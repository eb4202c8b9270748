package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortfallsTest {

    private static NodeScore leaf(String code, String name, String points, String score, String cause, String remedy) {
        return new NodeScore(code, name, new BigDecimal(points), new BigDecimal(score), Method.TIERED, Map.of(), "", List.of())
                .withDetails(null, cause, remedy);
    }

    private static ScoredTask.ScoredIndicator indicator(String name, String score, String cause, String remedy) {
        BigDecimal s = new BigDecimal(score);
        return new ScoredTask.ScoredIndicator(name, IndicatorKind.QUALITY, Direction.GE, BigDecimal.valueOf(95), "%",
                BigDecimal.valueOf(90), null, null, BigDecimal.ONE, s, s.movePointRight(2), s.compareTo(BigDecimal.ONE) >= 0,
                cause, remedy, "");
    }

    private static ScoreResult result(List<NodeScore> nodes, List<ScoredTask> tasks) {
        return new ScoreResult(1, "DEPT-OVERALL", 1, "GZ-XFJ", 2021, Kind.SELF, null, BigDecimal.ZERO, "优", "EXCELLENT", null,
                null, nodes, tasks, null, List.of(), null);
    }

    @Test
    void everyLeafBelowItsPointsIsAShortfallWithItsCauseAndRemedy() {
        NodeScore targets = leaf("PERF-TARGETS", "绩效目标管理", "4", "2.40", "绩效指标设置较注重产出指标", "增设满意度指标");
        NodeScore full = leaf("PERF-MONITORING", "绩效运行监控", "3", "3.00", null, null);
        NodeScore unexplained = leaf("EXEC-RATE", "预算执行率", "10", "9.99", null, null);
        NodeScore notApplicable = new NodeScore("ASSETS", "资产管理", BigDecimal.TEN, BigDecimal.ZERO, Method.TIERED, Map.of(), "",
                List.of(), true);
        NodeScore management = new NodeScore("MANAGEMENT", "管理效能", new BigDecimal("27"), new BigDecimal("15.39"), Method.SUM,
                Map.of(), "", List.of(targets, full, unexplained, notApplicable));
        NodeScore duty = new NodeScore("DUTY", "履职效能", new BigDecimal("50"), new BigDecimal("45"), Method.TASKS, Map.of(), "", List.of());

        List<Shortfalls.Shortfall> found = Shortfalls.of(result(List.of(management, duty), List.of()));

        assertThat(found).containsExactly(
                new Shortfalls.Shortfall("PERF-TARGETS", "绩效目标管理", "绩效目标管理：绩效指标设置较注重产出指标", "增设满意度指标"),
                new Shortfalls.Shortfall("EXEC-RATE", "预算执行率", "预算执行率：得分9.99（分值10），未说明偏差原因", null));
    }

    @Test
    void keyTaskIndicatorsBelowFullMarksStandForTheTasksNode() {
        ScoredTask task = new ScoredTask("有效化解各类信访矛盾", "增强信访治理效能", "…", BigDecimal.valueOf(18), BigDecimal.valueOf(17),
                null, null, "", List.of(indicator("按期答复率", "1", null, null), indicator("化解率", "0.9474", "个别积案化解周期长", "专班攻坚")));

        List<Shortfalls.Shortfall> found = Shortfalls.of(result(List.of(), List.of(task)));

        assertThat(found).containsExactly(new Shortfalls.Shortfall("task.1.indicator.2", "有效化解各类信访矛盾——化解率",
                "有效化解各类信访矛盾——化解率：个别积案化解周期长", "专班攻坚"));
    }
}
