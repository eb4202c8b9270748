package org.jixiao.report.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.GradeBand;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.RuleSettings;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.domain.Severity;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {
    private final ConsistencyChecker checker = new ConsistencyChecker(RuleSettings.defaults());

    private List<Finding> check(ObjectNode snapshot, Map<SectionKey, String> narrative) {
        return checker.check(ReportData.from(snapshot, Fixtures.MAPPER), narrative);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void theModelReportHasNoFinding() {
        List<Finding> findings = check(Fixtures.snapshot(), Fixtures.narrative());
        assertThat(findings).isEmpty();
    }

    @Test
    void roundedPartsOneCentOffStillReconcile() {
        // 2760.38 + 901.08 = 3661.46 vs 3661.45: within ±0.01 per part
        List<Finding> findings = check(Fixtures.snapshot(), Map.of());
        assertThat(rules(findings)).doesNotContain("SUM-CATEGORIES", "SUM-LINES", "SUM-SOURCES");
    }

    @Test
    void appropriationVersusSpendingIsNotFlagged() {
        var n = Map.of(SectionKey.performanceManagement, "我局全年财政拨款 3834.35 万元，涉及一般公共预算支出 3831.45 万元。");
        List<Finding> findings = check(Fixtures.snapshot(), n);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings).extracting(Finding::message)
                // the model's in-year adjustments cancel out: initial = adjusted budget, and the shorter key is suggested
                .anyMatch(m -> m.contains("{{execution.all.initialBudget}}"))
                .anyMatch(m -> m.contains("{{execution.all.spent}}"));
    }

    @Test
    void aTypedRateThatContradictsTheDataIsFatal() {
        var n = Map.of(SectionKey.achievements, "项目支出预算完成率 99.00%，整体执行良好。");
        List<Finding> findings = check(Fixtures.snapshot(), n);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("NARRATIVE-CONTRADICTION");
        assertThat(f.severity()).isEqualTo(Severity.FATAL);
        assertThat(f.section()).isEqualTo("achievements");
        assertThat(f.figures()).extracting(Finding.FigureRef::name).contains("typed", "execution.project.rate");
        assertThat(f.figures()).extracting(Finding.FigureRef::value).contains("99.00%", "99.95%");
    }

    @Test
    void typedNumbersWithoutPlaceholderAreUnboundWarnings() {
        var n = Map.of(SectionKey.achievements, "接待厅安全性100%，自评得分93.16分，支出进度全市排名第6名，排名第9名。");
        List<Finding> findings = check(Fixtures.snapshot(), n);
        assertThat(rules(findings)).containsExactly("UNBOUND-FIGURE", "UNBOUND-FIGURE", "UNBOUND-FIGURE", "NARRATIVE-CONTRADICTION");
        assertThat(findings.get(1).message()).contains("{{score.total}}");
        assertThat(findings.get(2).message()).contains("{{ranking.rank}}");
    }

    @Test
    void partsThatDoNotAddUpAreFatal() {
        ObjectNode s = Fixtures.snapshot();
        ((ObjectNode) s.at("/executionMunicipal/total")).put("spent", new BigDecimal("36624525.00")).put("rate", new BigDecimal("99.95"));
        List<Finding> findings = check(s, Map.of());
        assertThat(rules(findings)).contains("SUM-CATEGORIES", "EVALUATION-SNAPSHOT-MISMATCH").doesNotContain("RATE-DERIVED");
        assertThat(findings).filteredOn(f -> f.rule().equals("SUM-CATEGORIES")).first()
                .satisfies(f -> assertThat(f.figures()).extracting(Finding.FigureRef::value).contains("2760.38 万元", "901.08 万元", "3662.45 万元"));
    }

    @Test
    void sourcesAndLinesMustAddUp() {
        ObjectNode s = Fixtures.snapshot();
        ((ObjectNode) s.at("/executionAll/bySource/1")).put("adjustedBudget", new BigDecimal("1800000.00"));
        ((ObjectNode) s.at("/executionMunicipal/lines/3")).put("spent", new BigDecimal("1240000.00")).put("rate", new BigDecimal("99.20"));
        assertThat(rules(check(s, Map.of()))).contains("SUM-SOURCES", "SUM-LINES");
    }

    @Test
    void aPrintedRateMustEqualSpentOverBudget() {
        ObjectNode s = Fixtures.snapshot();
        ((ObjectNode) s.at("/executionMunicipal/project")).put("rate", new BigDecimal("99.00"));
        assertThat(check(s, Map.of())).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple("RATE-DERIVED", Severity.FATAL));
    }

    @Test
    void scoreTotalGradeAndTaskPoints() {
        ObjectNode s = Fixtures.snapshot();
        ((ObjectNode) s.at("/evaluation")).put("total", new BigDecimal("94.16"));
        ((ObjectNode) s.at("/evaluation")).put("grade", "良").put("gradeCode", "GOOD");
        ((ObjectNode) s.at("/evaluation/tasks/2")).put("points", 12);
        ((ObjectNode) s.at("/evaluation/nodes/0/children/0/children/0")).put("score", new BigDecimal("9.00"));
        assertThat(rules(check(s, Map.of()))).containsExactlyInAnyOrder("SCORE-TOTAL", "SCORE-TOTAL", "GRADE-BAND", "TASK-POINTS");
    }

    @Test
    void gradeBands() {
        var bands = RuleSettings.defaults().gradeBands();
        assertThat(GradeBand.of(bands, new BigDecimal("89.99")).label()).isEqualTo("良");
        assertThat(GradeBand.of(bands, new BigDecimal("90")).label()).isEqualTo("优");
        assertThat(GradeBand.of(bands, new BigDecimal("59.99")).label()).isEqualTo("差");
    }

    @Test
    void lowExecutionNeedsAReason() {
        ObjectNode s = Fixtures.snapshot();
        ((ObjectNode) s.at("/executionMunicipal/project")).put("spent", new BigDecimal("7010750.00")).put("rate", new BigDecimal("77.77"));
        assertThat(rules(check(s, Map.of()))).contains("LOW-EXECUTION-UNEXPLAINED");
        var explained = Map.of(SectionKey.problems, "项目支出执行率偏低的原因是部分采购项目延期至下年度。");
        assertThat(rules(check(s, explained))).doesNotContain("LOW-EXECUTION-UNEXPLAINED");
    }

    @Test
    void anEvaluationOlderThanTheBudgetDataIsStale() {
        ObjectNode s = Fixtures.snapshot();
        Fixtures.changeBudgetAfterScoring(s);
        List<Finding> findings = check(s, Map.of());
        assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple("STALE-EVALUATION", Severity.WARNING));
    }

    @Test
    void aPlaceholderTheDataCannotFillIsFatal() {
        var n = Map.of(SectionKey.achievements, "该项目执行率{{execution.line.NOPE.rate}}。");
        assertThat(check(Fixtures.snapshot(), n)).extracting(Finding::rule).containsExactly("PLACEHOLDER-UNRESOLVED");
    }
}
