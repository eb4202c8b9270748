package org.jixiao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.report.domain.data.Department;
import org.junit.jupiter.api.Test;

/**
 * A report reads naturally for any department: a municipal bureau (我局, 市本级, 全市排名), a district's or a town's
 * (我镇, 镇本级, no ranking sentence without a ranking, no empty category), with settings from the department or the
 * installation.
 */
class WordingTest {
    private static Department department(String name, String self, String level, String area) {
        return new Department("D", name, null, null, self, level, area);
    }

    @Test
    void theSelfReferenceComesFromTheNameUnlessTheDepartmentSetsIt() {
        assertThat(Wording.resolve(department("广州市信访局", null, null, null), "广州市信访局", "MUNICIPAL", null))
                .isEqualTo(new Wording("我局", "市本级", "全市"));
        assertThat(Wording.selfReferenceOf("广州市卫生健康委员会")).isEqualTo("我委");
        assertThat(Wording.selfReferenceOf("广州市人民政府办公厅")).isEqualTo("我厅");
        assertThat(Wording.selfReferenceOf("广州市人民政府研究室办公室")).isEqualTo("我办");
        assertThat(Wording.selfReferenceOf("从化区鳌头镇人民政府")).isEqualTo("我镇");
        assertThat(Wording.selfReferenceOf("广州市第一中学")).isEqualTo("本单位");
        assertThat(Wording.resolve(department("广州市第一中学", "我校", null, null), "广州市第一中学", "MUNICIPAL", null)
                .selfReference()).isEqualTo("我校");
    }

    @Test
    void theLevelAndAreaComeFromTheDepartmentOrTheInstallation() {
        // a district's installation: 区本级, 全区
        assertThat(Wording.resolve(department("番禺区民政局", null, null, null), "番禺区民政局", "DISTRICT", null))
                .isEqualTo(new Wording("我局", "区本级", "全区"));
        // a town in it: 镇本级, ranked in the district
        assertThat(Wording.resolve(department("番禺区石楼镇人民政府", null, "TOWN", "全区"), "番禺区石楼镇人民政府", "DISTRICT", null))
                .isEqualTo(new Wording("我镇", "镇本级", "全区"));
        // the installation's area holds for departments without a level of their own
        assertThat(Wording.resolve(department("增城区财政局", null, null, null), "增城区财政局", "DISTRICT", "全区（含街镇）")
                .rankingArea()).isEqualTo("全区（含街镇）");
    }

    /**
     * A town with one budget line fully spent and no place in the ranking: no 市本级, no ranking sentence, no empty
     * 项目支出 clause.
     */
    @Test
    void aTownsReportReadsNaturally() {
        ObjectNode s = Fixtures.snapshot();
        ObjectNode info = (ObjectNode) s.get(ReportData.DEPARTMENT);
        info.put("code", "PY-SLZ").put("name", "番禺区石楼镇人民政府").put("governmentLevel", "TOWN").putNull("selfReference");
        info.putArray("functions").add("负责本镇经济社会发展规划的组织实施");
        info.putArray("divisions").add("党政综合办公室");
        s.put("department", "PY-SLZ");
        for (String scope : new String[] {ReportData.MUNICIPAL, ReportData.ALL}) {
            ObjectNode execution = (ObjectNode) s.get(scope);
            execution.put("department", "PY-SLZ").put("departmentName", "番禺区石楼镇人民政府");
            ObjectNode amounts = Fixtures.MAPPER.createObjectNode().put("initialBudget", new BigDecimal("1200000.00"))
                    .put("adjustedBudget", new BigDecimal("1200000.00")).put("spent", new BigDecimal("1200000.00"))
                    .put("unspent", new BigDecimal("0.00")).put("rate", new BigDecimal("100.00"));
            execution.set("total", amounts);
            execution.set("basic", amounts.deepCopy());
            execution.set("project", Fixtures.MAPPER.createObjectNode().put("initialBudget", 0).put("adjustedBudget", 0)
                    .put("spent", 0).put("unspent", 0).putNull("rate"));
            ArrayNode sources = execution.putArray("bySource");
            sources.addObject().put("fundingSource", "MUNICIPAL").put("adjustedBudget", new BigDecimal("1200000.00"))
                    .put("spent", new BigDecimal("1200000.00"));
            execution.putArray("lines");
        }
        ReportData data = ReportData.from(s, Fixtures.MAPPER);
        assertThat(data.wording()).isEqualTo(new Wording("我镇", "镇本级", "全镇"));
        String text = new DocumentAssembler(RuleSettings.defaults()).assemble(data, Map.of(), null).blocks().stream()
                .filter(b -> b.text() != null).map(b -> b.text()).collect(Collectors.joining("\n"));
        assertThat(text).contains("2021年我镇镇本级财政拨款年度预算 120.00 万元，镇本级财政拨款支出 120.00 万元，均为基本支出，整体预算完成率 100.00%")
                .contains("我镇2021年无镇本级财政拨款项目支出。")
                .doesNotContain("市本级").doesNotContain("全市").doesNotContain("排名").doesNotContain("我局")
                .doesNotContain("项目支出 0.00").doesNotContain("全年财政拨款");
    }

    @Test
    void appropriationsAndOtherFundsAreNamedForWhatTheyAre() {
        String text = DocumentAssembler.incomeAndExpenditure(Fixtures.data(), "我局", new BigDecimal("90"));
        // the model's 3834.35 holds 170.00 of other funds (上级补助及其他资金): not 财政拨款
        assertThat(text).startsWith("2021年我局全年预算 3834.35 万元，其中财政拨款 3664.35 万元、其他资金 170.00 万元；"
                + "市本级财政拨款年度预算 3664.35 万元").contains("支出进度全市排名第 6 名");
    }

    @Test
    void anUnwrittenConclusionIsBoundToTheGrade() {
        assertThat(DocumentAssembler.gradeConclusion("EXCELLENT", "我局"))
                .isEqualTo("从评价结果来看，我局能较好地完成各项重点工作任务，财政资金使用达到预期绩效目标，充分发挥了资金使用效益。");
        assertThat(DocumentAssembler.gradeConclusion("FAIR", "我镇")).startsWith("从评价结果来看，我镇部分重点工作任务和绩效目标未能完成")
                .doesNotContain("充分发挥");
        // written, the department's own words stand after the score sentence
        Map<SectionKey, String> narrative = Map.of(SectionKey.conclusion, "从评价结果来看，我局各项工作任务完成良好。");
        String text = new DocumentAssembler(RuleSettings.defaults()).assemble(Fixtures.data(), narrative, null).blocks().stream()
                .filter(b -> b.text() != null).map(b -> b.text()).collect(Collectors.joining("\n"));
        assertThat(text).contains("评价等级为“优”。\n从评价结果来看，我局各项工作任务完成良好。").doesNotContain("充分发挥了资金使用效益");
    }

    /** 二(三) ends with the projects' outcome, from their self-evaluations: met, or the ones that fell short named. */
    @Test
    void theProjectsOutcomeComesFromTheirEvaluations() {
        assertThat(DocumentAssembler.projectOutcomes(Fixtures.data()))
                .isEqualTo("，开展绩效自评的1个项目（2019年信息化建设项目）均达到预期绩效目标");
        ObjectNode s = Fixtures.snapshot();
        // XXH's first indicator scored below its points: the project did not reach every target
        ObjectNode leaf = (ObjectNode) s.at("/projectEvaluations/0/nodes/1").findParents("indicator").get(0);
        leaf.put("score", new BigDecimal("10.00"));
        assertThat(DocumentAssembler.projectOutcomes(ReportData.from(s, Fixtures.MAPPER)))
                .isEqualTo("，开展绩效自评的1个项目（2019年信息化建设项目）中，2019年信息化建设项目未全部达到预期绩效目标");
        // every project line evaluated: 所有项目
        ObjectNode all = Fixtures.snapshot();
        for (var line : all.withArray("/executionMunicipal/lines")) {
            if ("PROJECT".equals(line.path("category").asText())) {
                ((ObjectNode) line).put("projectKey", "XXH");
            }
        }
        assertThat(DocumentAssembler.projectOutcomes(ReportData.from(all, Fixtures.MAPPER))).isEqualTo("，所有项目均达到预期绩效目标");
        assertThat(DocumentAssembler.projectOutcomes(ReportData.from(all.without("projectEvaluations"), Fixtures.MAPPER))).isEmpty();
    }
}
