package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.jixiao.report.domain.ReportDocument.Block;
import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.data.KeyTask;
import org.jixiao.report.domain.data.Month;
import org.jixiao.report.domain.data.RankingEntry;
import org.jixiao.report.domain.data.ScoreNode;
import org.jixiao.report.domain.tables.ProjectTable;
import org.jixiao.report.domain.tables.Tables;

/**
 * Builds the report in the model's outline (一、基本情况 … 四、下一步改进措施) from a snapshot and the narrative.
 * Generated paragraphs (收支情况, 自评结论, the task table, 项目支出完成情况) come from data only; narrative sections
 * have their placeholders bound.
 */
public final class DocumentAssembler {
    private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[)）].{0,40}$");
    private static final String NOT_WRITTEN = "(本节尚未填写)";

    private final RuleSettings settings;

    public DocumentAssembler(RuleSettings settings) {
        this.settings = settings;
    }

    public static String defaultTitle(int year, String departmentName) {
        return year + "年度" + departmentName + "部门整体支出绩效自评报告";
    }

    public ReportDocument assemble(ReportData d, Map<SectionKey, String> narrative, String title) {
        FigureTable figures = FigureTable.of(d);
        List<Block> b = new ArrayList<>();
        String self = d.selfReference();

        b.add(Block.heading(2, "一、基本情况"));
        b.add(Block.heading(3, "(一)部门概况。"));
        b.add(Block.heading(4, "1.部门机构设置。"));
        if (hasText(narrative, SectionKey.organization)) {
            narrative(b, narrative.get(SectionKey.organization), figures);
        } else if (d.department() != null && !d.department().divisionList().isEmpty()) {
            List<String> div = d.department().divisionList();
            b.add(Block.paragraph("本部门内设处室" + div.size() + "个，分别是" + String.join("、", div) + "。"));
        } else {
            b.add(Block.paragraph(NOT_WRITTEN));
        }
        b.add(Block.heading(4, "2.部门主要职能。"));
        if (hasText(narrative, SectionKey.functions)) {
            narrative(b, narrative.get(SectionKey.functions), figures);
        } else if (d.department() != null && !d.department().functionList().isEmpty()) {
            List<String> f = d.department().functionList();
            for (int i = 0; i < f.size(); i++) {
                String s = f.get(i).trim();
                b.add(Block.paragraph(s.startsWith("(") || s.startsWith("（") ? s : "(" + (i + 1) + ")" + s));
            }
        } else {
            b.add(Block.paragraph(NOT_WRITTEN));
        }
        b.add(Block.heading(4, "3.年度总体工作和重点工作任务。"));
        section(b, narrative, SectionKey.annualWork, figures);

        b.add(Block.heading(3, "(二)部门整体收支情况。"));
        b.add(Block.paragraph(incomeAndExpenditure(d, self, settings.lowExecutionThreshold())));
        Chart spending = spendingChart(d);
        if (spending != null) {
            b.add(Block.chart(spending, "月份"));
        }
        b.add(Block.heading(3, "(三)部门整体绩效管理情况。"));
        section(b, narrative, SectionKey.performanceManagement, figures);
        b.addAll(RectificationSection.blocks(d));

        b.add(Block.heading(2, "二、综合评价分析"));
        b.add(Block.heading(3, "(一)自评结论综述。"));
        b.add(Block.paragraph(conclusion(d, self)));
        if (hasText(narrative, SectionKey.conclusion)) {
            narrative(b, narrative.get(SectionKey.conclusion), figures);
        } else if (d.evaluation() != null && d.evaluation().gradeCode() != null) {
            b.add(Block.paragraph(gradeConclusion(d.evaluation().gradeCode(), self)));
        }
        Chart scores = scoreChart(d.evaluation());
        if (scores != null) {
            b.add(Block.chart(scores, "一级指标"));
        }
        b.add(Block.heading(3, "(二)各项工作任务绩效目标完成情况分析。"));
        b.add(taskTable(d.evaluation()));
        b.add(Block.heading(3, "(三)各重点任务项目支出完成情况分析。"));
        b.add(Block.paragraph(projects(d, self)));
        b.add(Block.heading(3, "(四)主要工作成效。"));
        section(b, narrative, SectionKey.achievements, figures);

        b.add(Block.heading(2, "三、存在的主要问题"));
        section(b, narrative, SectionKey.problems, figures);
        b.add(Block.heading(2, "四、下一步改进措施"));
        section(b, narrative, SectionKey.improvements, figures);

        String t = title == null || title.isBlank() ? defaultTitle(d.year(), d.departmentName()) : title;
        return new ReportDocument(t, List.copyOf(b), Tables.of(d));
    }

    /**
     * 部门整体收支情况, as in the model: "2021年我局全年预算 3834.35 万元，其中财政拨款 3664.35 万元、其他资金 170.00 万元；市本级财政拨款
     * 年度预算 3664.35 万元，…". "财政拨款" counts appropriated funds only (this year's, transfers, last year's carry-over);
     * other funds are named as what they are. A category without budget is left out, and so is the ranking of a
     * department that is not ranked.
     */
    static String incomeAndExpenditure(ReportData d, String self, BigDecimal threshold) {
        Execution m = d.municipal();
        Execution a = d.all();
        Wording w = d.wording();
        StringBuilder sb = new StringBuilder().append(d.year()).append("年").append(self);
        if (m == null || m.total() == null) {
            return sb.append("预算执行数据缺失。").toString();
        }
        boolean otherSources = a != null && a.total() != null && a.total().adjustedBudget() != null
                && a.total().adjustedBudget().compareTo(m.total().adjustedBudget()) != 0;
        if (otherSources) {
            BigDecimal other = otherFunds(a);
            if (other.signum() == 0) {
                sb.append("全年财政拨款 ").append(Fmt.wanText(a.total().adjustedBudget())).append(" 万元，其中");
            } else {
                sb.append("全年预算 ").append(Fmt.wanText(a.total().adjustedBudget())).append(" 万元，其中财政拨款 ")
                        .append(Fmt.wanText(a.total().adjustedBudget().subtract(other))).append(" 万元、其他资金 ")
                        .append(Fmt.wanText(other)).append(" 万元；");
            }
        }
        sb.append(w.level()).append("财政拨款年度预算 ").append(Fmt.wanText(m.total().adjustedBudget())).append(" 万元，")
                .append(w.level()).append("财政拨款支出 ").append(Fmt.wanText(m.total().spent())).append(" 万元，");
        boolean basic = hasBudget(m.basic());
        boolean project = hasBudget(m.project());
        if (basic && project) {
            sb.append("其中基本支出 ").append(Fmt.wanText(spent(m.basic()))).append(" 万元，预算完成率 ").append(rate(m.basic()))
                    .append("；项目支出 ").append(Fmt.wanText(spent(m.project()))).append(" 万元，预算完成率 ")
                    .append(rate(m.project())).append("，");
        } else if (basic || project) {
            sb.append("均为").append(basic ? "基本支出" : "项目支出").append("，");
        }
        sb.append("整体预算完成率 ").append(rate(m.total()));
        RankingEntry r = d.rankingEntry();
        if (r != null && r.rank() != null) {
            sb.append("，支出进度").append(w.rankingArea()).append("排名第 ").append(r.rank()).append(" 名");
        }
        if (m.total().rate() == null) {
            sb.append("。");
        } else if (m.total().rate().compareTo(threshold) >= 0) {
            sb.append("，预算执行总体情况良好。");
        } else {
            sb.append("，预算执行率低于").append(Fmt.plain(threshold)).append("%。");
        }
        return sb.toString();
    }

    /** 自评结论综述: "2021年我局整体支出绩效自评结果为93.16分，其中管理效能自评分43.16分，履职效能评分为50分，评价等级为“优”。". */
    static String conclusion(ReportData d, String self) {
        EvaluationResult e = d.evaluation();
        if (e == null || e.total() == null) {
            return "评价结果缺失。";
        }
        StringBuilder sb = new StringBuilder().append(d.year()).append("年").append(self).append("整体支出绩效自评结果为")
                .append(Fmt.scoreText(e.total())).append("分");
        List<ScoreNode> roots = e.nodeList();
        for (int i = 0; i < roots.size(); i++) {
            ScoreNode n = roots.get(i);
            sb.append(i == 0 ? "，其中" : "，").append(n.name()).append(i == 0 ? "自评分" : "评分为").append(Fmt.scoreText(n.score())).append("分");
        }
        if (e.grade() != null) {
            sb.append("，评价等级为“").append(e.grade()).append("”");
        }
        sb.append("。");
        return sb.toString();
    }

    /**
     * The conclusion's own sentences when the department has not written them, bound to the grade: what a 优 says is not
     * what a 中 may say.
     */
    static String gradeConclusion(String gradeCode, String self) {
        return "从评价结果来看，" + self + switch (gradeCode) {
            case "EXCELLENT" -> "能较好地完成各项重点工作任务，财政资金使用达到预期绩效目标，充分发挥了资金使用效益。";
            case "GOOD" -> "基本完成各项重点工作任务，财政资金使用基本达到预期绩效目标，资金使用效益仍有提升空间。";
            case "FAIR" -> "部分重点工作任务和绩效目标未能完成，财政资金使用效益有待提高，需针对存在问题认真整改。";
            default -> "重点工作任务和绩效目标完成情况较差，财政资金使用效益不高，须认真查找原因并限期整改。";
        };
    }

    /** Monthly spending progress against time progress (序时进度), cumulative, in percent of the adjusted budget. */
    static Chart spendingChart(ReportData d) {
        if (d.municipal() == null || d.municipal().monthList().isEmpty()) {
            return null;
        }
        List<Month> months = d.municipal().monthList();
        return new Chart(Chart.Kind.LINE, d.year() + "年" + d.wording().level() + "财政拨款支出进度与序时进度",
                months.stream().map(m -> m.month() + "月").toList(),
                List.of(new Chart.Series("支出进度", months.stream().map(Month::progress).toList()),
                        new Chart.Series("序时进度", months.stream().map(Month::timeProgress).toList())),
                Fmt.HUNDRED, "%");
    }

    /** The score of each first-level indicator against its points. */
    static Chart scoreChart(EvaluationResult e) {
        if (e == null || e.nodeList().isEmpty()) {
            return null;
        }
        List<ScoreNode> level1 = e.nodeList();
        BigDecimal max = level1.stream().map(ScoreNode::points).filter(p -> p != null).max(BigDecimal::compareTo).orElse(Fmt.HUNDRED);
        return new Chart(Chart.Kind.BAR, "一级指标得分", level1.stream().map(ScoreNode::name).toList(),
                List.of(new Chart.Series("得分", level1.stream().map(ScoreNode::score).toList()),
                        new Chart.Series("分值", level1.stream().map(ScoreNode::points).toList())), max, "分");
    }

    static Block taskTable(EvaluationResult e) {
        List<List<String>> rows = new ArrayList<>();
        if (e != null) {
            List<KeyTask> tasks = e.taskList();
            for (int i = 0; i < tasks.size(); i++) {
                KeyTask t = tasks.get(i);
                rows.add(List.of((i + 1) + ". " + nz(t.name()), nz(t.goal()), nz(t.outcome()), Fmt.scoreText(t.score())));
            }
        }
        return Block.table("各项任务绩效目标完成情况", List.of("任务内容", "任务绩效目标", "目标完成情况", "履职效能评分"), rows);
    }

    /** 各重点任务项目支出完成情况: "…项目年度预算 901.53 万元，预算支出 901.08 万元，预算完成率 99.95%，其中 …预算执行率达 100%，其余项目…均已达99.66%以上。". */
    static String projects(ReportData d, String self) {
        Execution m = d.municipal();
        if (m == null || m.project() == null) {
            return "项目支出数据缺失。";
        }
        Amounts p = m.project();
        if (!hasBudget(p)) {
            return self + d.year() + "年无" + d.wording().level() + "财政拨款项目支出。";
        }
        StringBuilder sb = new StringBuilder().append(self).append(d.year()).append("年").append(d.wording().level())
                .append("财政拨款项目年度预算 ")
                .append(Fmt.wanText(p.adjustedBudget())).append(" 万元，预算支出 ").append(Fmt.wanText(p.spent()))
                .append(" 万元，预算完成率 ").append(rate(p));
        ProjectSummary s = ProjectSummary.of(m);
        if (!s.fullyExecuted().isEmpty() && !s.others().isEmpty()) {
            sb.append("，其中").append(s.fullyExecutedNames()).append("预算执行率达 100%，其余项目预算执行率均已达")
                    .append(Fmt.percentText(s.minOtherRate())).append("以上");
        } else if (!s.fullyExecuted().isEmpty()) {
            sb.append("，所有项目预算执行率均达 100%");
        } else if (s.minOtherRate() != null) {
            sb.append("，各项目预算执行率均已达").append(Fmt.percentText(s.minOtherRate())).append("以上");
        }
        return sb.append(projectOutcomes(d)).append("。").toString();
    }

    /** Funds that are not appropriations (funding source OTHER: 其他资金, 单位资金) in the all-funds execution. */
    private static BigDecimal otherFunds(Execution all) {
        return all.sourceList().stream().filter(s -> "OTHER".equals(s.fundingSource()) && s.adjustedBudget() != null)
                .map(s -> s.adjustedBudget()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean hasBudget(Amounts a) {
        return a != null && a.adjustedBudget() != null && a.adjustedBudget().signum() > 0;
    }

    /**
     * The projects' outcome, from their self-evaluations: "，所有项目均达到预期绩效目标" when every project line was evaluated and
     * met every indicator; the evaluated ones named when not all were; those that fell short listed. Nothing without
     * project evaluations.
     */
    static String projectOutcomes(ReportData d) {
        List<ProjectTable> tables = d.projects().stream().map(p -> ProjectTable.of(p, d)).toList();
        if (tables.isEmpty()) {
            return "";
        }
        List<String> shortOf = tables.stream().filter(t -> t.indicators().stream().anyMatch(r -> !r.met()))
                .map(ProjectTable::projectName).toList();
        Set<String> evaluated = tables.stream().map(ProjectTable::projectKey).collect(Collectors.toSet());
        boolean all = d.municipal() != null && d.municipal().lines("PROJECT").stream()
                .allMatch(l -> l.projectKey() != null && evaluated.contains(l.projectKey()));
        String subject = all ? "所有项目" : "开展绩效自评的" + tables.size() + "个项目（"
                + String.join("、", tables.stream().map(ProjectTable::projectName).toList()) + "）";
        if (shortOf.isEmpty()) {
            return "，" + subject + "均达到预期绩效目标";
        }
        return "，" + subject + "中，" + String.join("、", shortOf) + "未全部达到预期绩效目标";
    }

    private static BigDecimal spent(Amounts a) {
        return a == null ? null : a.spent();
    }

    private static String rate(Amounts a) {
        return a == null || a.rate() == null ? "—" : Fmt.percentText(a.rate());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean hasText(Map<SectionKey, String> narrative, SectionKey key) {
        String t = narrative.get(key);
        return t != null && !t.isBlank();
    }

    private void section(List<Block> b, Map<SectionKey, String> narrative, SectionKey key, FigureTable figures) {
        if (hasText(narrative, key)) {
            narrative(b, narrative.get(key), figures);
        } else {
            b.add(Block.paragraph(NOT_WRITTEN));
        }
    }

    /** Narrative: one paragraph per line; a short line "(一)…" is a subheading. */
    private static void narrative(List<Block> b, String text, FigureTable figures) {
        String bound = PlaceholderCatalogue.bind(text, figures);
        for (String line : bound.split("\\r?\\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            b.add(SUBHEADING.matcher(s).matches() ? Block.heading(4, s) : Block.paragraph(s));
        }
    }
}
