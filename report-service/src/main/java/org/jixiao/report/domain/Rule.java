package org.jixiao.report.domain;

import java.util.List;

/** The consistency rule catalogue (docs/report.md, GET /api/v1/rules). */
public record Rule(String id, Severity severity, String title, String description) {

    public static final Rule SUM_CATEGORIES = new Rule("SUM-CATEGORIES", Severity.FATAL, "基本支出 + 项目支出 = 合计",
            "BASIC + PROJECT equals the total, for budget and spending, in scope MUNICIPAL and ALL; compared on figures rounded to 万元 "
                    + "with ±0.01 万元 per summed part (2760.38 + 901.08 = 3661.46 vs 3661.45 passes).");
    public static final Rule SUM_SOURCES = new Rule("SUM-SOURCES", Severity.FATAL, "各资金来源之和 = 合计",
            "Σ bySource equals the all-funds total (budget and spending), ±0.01 万元 per part.");
    public static final Rule SUM_LINES = new Rule("SUM-LINES", Severity.FATAL, "各预算项目之和 = 类别合计",
            "Σ lines of a category equals the category (budget and spending), per scope, ±0.01 万元 per part.");
    public static final Rule RATE_DERIVED = new Rule("RATE-DERIVED", Severity.FATAL, "完成率 = 支出 ÷ 预算",
            "Every printed rate equals spent ÷ adjustedBudget (percent, 2 decimals, HALF_UP, from unrounded amounts); a zero budget has no rate.");
    public static final Rule SCORE_TOTAL = new Rule("SCORE-TOTAL", Severity.FATAL, "总分 = 各节点得分之和",
            "The total equals the sum of the root nodes' scores, and every inner node equals the sum of its children.");
    public static final Rule GRADE_BAND = new Rule("GRADE-BAND", Severity.FATAL, "等级与分数段一致",
            "The grade matches the band of the total (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60; configurable).");
    public static final Rule TASK_POINTS = new Rule("TASK-POINTS", Severity.FATAL, "重点任务分值之和 = 履职效能分值",
            "Key-task points add up to the DUTY node's points (50), and task scores add up to its score.");
    public static final Rule NARRATIVE_CONTRADICTION = new Rule("NARRATIVE-CONTRADICTION", Severity.FATAL, "文字中的数字与数据不符",
            "A number typed in narrative, in a context that names a budget or score figure (完成率/执行率/支出进度 …%, 预算/拨款/支出/资金/经费 … 万元, "
                    + "自评/评分/得分/效能 … 分, 排名第…名), equals no figure of that kind in the data (a typed \"99.00%\" where the data say 99.95%).");
    public static final Rule UNBOUND_FIGURE = new Rule("UNBOUND-FIGURE", Severity.WARNING, "未绑定的数字 (unbound figure)",
            "A number with a unit (%, 万元, 元, 分, 第…名) typed by hand instead of a {{placeholder}}; the finding suggests the placeholder when the value matches data.");
    public static final Rule PLACEHOLDER_UNRESOLVED = new Rule("PLACEHOLDER-UNRESOLVED", Severity.FATAL, "占位符无数据",
            "A {{placeholder}} that the fetched data cannot fill (e.g. a line code the department does not have).");
    public static final Rule LOW_EXECUTION = new Rule("LOW-EXECUTION-UNEXPLAINED", Severity.FATAL, "执行率低于90%未说明原因",
            "The execution rate of the total, BASIC or PROJECT (MUNICIPAL) is below the threshold (90%) and no narrative section gives a reason "
                    + "(a sentence with 原因/由于/因为 that mentions 执行/完成率/支出).");
    public static final Rule LINE_LOW_EXECUTION = new Rule("LINE-LOW-EXECUTION", Severity.WARNING, "项目执行率低于90%",
            "A budget line executed below the threshold whose name the narrative does not mention with a reason.");
    public static final Rule OVER_BUDGET = new Rule("OVER-BUDGET", Severity.WARNING, "超预算支出", "A line, category or total spent above its adjusted budget.");
    public static final Rule NO_SPENDING = new Rule("LINE-NO-SPENDING", Severity.WARNING, "预算项目无支出", "A budget line with a budget and no spending.");
    public static final Rule ADJUSTMENT_REASON = new Rule("ADJUSTMENT-WITHOUT-REASON", Severity.WARNING, "预算调整未说明理由",
            "An in-year budget adjustment without a reason.");
    public static final Rule STALE_EVALUATION = new Rule("STALE-EVALUATION", Severity.WARNING, "评价早于最近一次预算数据变动",
            "The budget data changed (execution lastChangedAt) after the evaluation took its budget snapshot (budgetSnapshot.fetchedAt, else scoredAt): re-score.");
    public static final Rule EVALUATION_SNAPSHOT = new Rule("EVALUATION-SNAPSHOT-MISMATCH", Severity.FATAL, "评价依据的预算数据与报告数据不一致",
            "The execution total (budget or spending) the evaluation was scored on differs from the figures the report prints.");
    public static final Rule EVALUATION_SUBJECT = new Rule("EVALUATION-SUBJECT", Severity.FATAL, "评价与报告的部门/年度不一致",
            "The evaluation bound to the report is for another department or year.");
    public static final Rule RANK_MISSING = new Rule("RANK-MISSING", Severity.WARNING, "无全市排名",
            "The department is not in the city ranking; the paragraph omits the rank.");

    public static final List<Rule> CATALOGUE = List.of(SUM_CATEGORIES, SUM_SOURCES, SUM_LINES, RATE_DERIVED, SCORE_TOTAL, GRADE_BAND,
            TASK_POINTS, NARRATIVE_CONTRADICTION, UNBOUND_FIGURE, PLACEHOLDER_UNRESOLVED, LOW_EXECUTION, LINE_LOW_EXECUTION, OVER_BUDGET,
            NO_SPENDING, ADJUSTMENT_REASON, STALE_EVALUATION, EVALUATION_SNAPSHOT, EVALUATION_SUBJECT, RANK_MISSING);
}
