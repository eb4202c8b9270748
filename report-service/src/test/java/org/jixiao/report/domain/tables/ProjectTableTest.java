package org.jixiao.report.domain.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.RuleSettings;
import org.jixiao.report.domain.rules.ConsistencyChecker;
import org.jixiao.report.domain.tables.ProjectTable.FundRow;
import org.jixiao.report.domain.tables.ProjectTable.IndicatorRow;
import org.junit.jupiter.api.Test;

/** The model's project XXH (2019年信息化建设项目) as its 项目支出绩效自评表 prints it, from the recorded answers. */
class ProjectTableTest {

    static ProjectTable xxh() {
        ReportData data = Fixtures.data();
        return ProjectTable.of(data.project("XXH"), data);
    }

    @Test
    void headerAndFundsComeFromTheResultAndItsProjectExecution() {
        ProjectTable t = xxh();
        assertThat(t.key()).isEqualTo("project-XXH");
        assertThat(t.projectName()).isEqualTo("2019年信息化建设项目");
        assertThat(t.department()).isEqualTo("广州市信访局");
        assertThat(t.implementer()).isEqualTo("广州市信访局");
        assertThat(t.funds()).extracting(FundRow::label).containsExactly("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");
        FundRow total = t.funds().get(0);
        assertThat(total.initialBudget()).isEqualByComparingTo("1860000");
        assertThat(total.adjustedBudget()).isEqualByComparingTo("1860000");
        assertThat(total.spent()).isEqualByComparingTo("1860000");
        assertThat(total.rate()).isEqualByComparingTo("100");
        assertThat(t.funds().get(1).spent()).isEqualByComparingTo("1860000");
        assertThat(t.funds().get(2).adjustedBudget()).isNull();
        assertThat(t.execPoints()).isEqualByComparingTo("10");
        assertThat(t.execScore()).isEqualByComparingTo("10");
    }

    @Test
    void indicatorRowsPrintLevelsTargetsAndActuals() {
        List<IndicatorRow> rows = xxh().indicators();
        assertThat(rows).extracting(IndicatorRow::name).containsExactly("系统功能模块上线数", "系统可用率", "项目完成时间", "项目总成本",
                "群众信访事项网上办理率", "群众满意度");
        assertThat(rows.get(0)).extracting(IndicatorRow::level1, IndicatorRow::level2, IndicatorRow::target, IndicatorRow::actual)
                .containsExactly("产出指标", "数量指标", "≥5个", "5个");
        assertThat(rows.get(2).target()).isEqualTo("≤12月");
        assertThat(rows.get(4).actual()).isEqualTo("93.5%");
        assertThat(rows).allSatisfy(r -> assertThat(r.met()).isTrue());
    }

    @Test
    void scoresAddUpToTheTotalAndTheGoalIsMet() {
        ProjectTable t = xxh();
        assertThat(t.points()).isEqualByComparingTo("100");
        assertThat(t.rowScoreSum()).isEqualByComparingTo(t.total());
        assertThat(t.total()).isEqualByComparingTo("100");
        assertThat(t.goal()).isEqualTo("完成信访信息系统升级改造，提升群众网上信访办理效率和满意度");
        // the department's own words, entered with the actuals
        assertThat(t.outcomeEntered()).isTrue();
        assertThat(t.outcome()).startsWith("完成信访信息系统升级改造，系统功能模块上线数5个").endsWith("年度绩效目标全部完成。");
    }

    @Test
    void withoutAnEnteredOutcomeTheSentenceIsDerivedFromTheIndicators() {
        ObjectNode snapshot = Fixtures.snapshot();
        ((ObjectNode) snapshot.at("/projectEvaluations/0/targets")).remove("goalOutcome");
        ReportData data = ReportData.from(snapshot, Fixtures.MAPPER);
        ProjectTable t = ProjectTable.of(data.project("XXH"), data);
        assertThat(t.outcomeEntered()).isFalse();
        assertThat(t.outcome()).isEqualTo("年度绩效目标全部完成，6项绩效指标均达到年度指标值。");
    }

    @Test
    void anEnteredOutcomeClaimingEverythingMetWhileAnIndicatorFellShortIsAFinding() {
        ObjectNode snapshot = Fixtures.snapshot();
        availabilityShort(snapshot);
        ((ObjectNode) snapshot.at("/projectEvaluations/0/targets")).put("goalOutcome", "系统可用率95.7%，年度绩效目标全部完成。");
        ReportData data = ReportData.from(snapshot, Fixtures.MAPPER);
        List<Finding> findings = new ConsistencyChecker(RuleSettings.defaults()).check(data, Fixtures.narrative()).stream()
                .filter(f -> f.rule().equals("PROJECT-TABLE-OUTCOME")).toList();
        // the figure is right (95.7), the claim is not
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("全部完成", "系统可用率");
    }

    @Test
    void anIndicatorBelowItsPointsIsNamedInTheOutcome() {
        ObjectNode snapshot = Fixtures.snapshot();
        availabilityShort(snapshot);
        ((ObjectNode) snapshot.at("/projectEvaluations/0/targets")).remove("goalOutcome");
        ReportData data = ReportData.from(snapshot, Fixtures.MAPPER);
        String outcome = ProjectTable.of(data.project("XXH"), data).outcome();
        assertThat(outcome).isEqualTo("年度绩效目标基本完成，5项绩效指标达到年度指标值；未达到的指标：系统可用率（95.7%，目标≥99%）。");
    }

    @Test
    void otherFundsAddTransfersAndOtherSourcesAndPrintTheirRate() {
        ObjectNode snapshot = Fixtures.snapshot();
        var sources = (com.fasterxml.jackson.databind.node.ArrayNode) snapshot.at("/projectEvaluations/0/budgetSnapshot/projectExecution/bySource");
        sources.addObject().put("fundingSource", "TRANSFER").put("initialBudget", 100000).put("adjustedBudget", 100000).put("spent", 90000)
                .put("rate", 90.00);
        sources.addObject().put("fundingSource", "OTHER").put("initialBudget", 0).put("adjustedBudget", 50000).put("spent", 50000)
                .put("rate", 100.00);
        ReportData data = ReportData.from(snapshot, Fixtures.MAPPER);
        FundRow other = ProjectTable.of(data.project("XXH"), data).funds().get(3);
        assertThat(other.adjustedBudget()).isEqualByComparingTo("150000");
        assertThat(other.spent()).isEqualByComparingTo("140000");
        assertThat(other.rate()).isEqualByComparingTo("93.33");
    }

    @Test
    void gridFollowsTheOfficialLayout() {
        TableGrid g = xxh().grid();
        assertThat(g.columns()).isEqualTo(9);
        assertThat(g.rows()).isEqualTo(17);
        assertThat(g.at(0, 0).text()).isEqualTo("项目名称");
        assertThat(g.at(0, 1).colSpan()).isEqualTo(8);
        assertThat(g.at(2, 0)).extracting(TableGrid.Cell::text, TableGrid.Cell::rowSpan).containsExactly("项目资金（万元）", 5);
        assertThat(g.at(3, 3).display()).isEqualTo("186.00");
        assertThat(g.at(3, 7).display()).isEqualTo("100.00%");
        assertThat(g.at(10, 1)).extracting(TableGrid.Cell::text, TableGrid.Cell::rowSpan).containsExactly("产出指标", 3);
        assertThat(g.at(16, 0)).extracting(TableGrid.Cell::text, TableGrid.Cell::colSpan).containsExactly("总分", 6);
        assertThat(g.at(16, 7).display()).isEqualTo("100.00");
    }

    /** XXH's 系统可用率 at 95.7 % against ≥ 99 %: 14.5 of its 15 points. */
    private static void availabilityShort(ObjectNode snapshot) {
        ObjectNode leaf = (ObjectNode) snapshot.at("/projectEvaluations/0/nodes/1/children/0/children/1/children/0");
        leaf.put("score", 14.5);
        ((ObjectNode) leaf.get("inputs")).put("actual", 95.7);
    }
}
