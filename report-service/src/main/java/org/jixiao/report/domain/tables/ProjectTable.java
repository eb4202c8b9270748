package org.jixiao.report.domain.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.ProjectResult;
import org.jixiao.report.domain.data.ProjectResult.ProjectNode;
import org.jixiao.report.domain.data.SourceAmounts;
import org.jixiao.report.domain.tables.TableGrid.Kind;

/**
 * 项目支出绩效自评表 of one project, from its scored self-evaluation (evaluation-service) and the project execution it
 * was scored on (budget-service, kept in the result): the rows of the official layout (财预〔2020〕10号).
 *
 * @param department  主管部门: the department's name
 * @param implementer 实施单位: the department too (our data has no implementing unit of its own)
 * @param funds       年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金
 * @param execPoints  分值 of 预算执行率 (EXEC-RATE), printed on the 年度资金总额 row with its 得分
 * @param outcome     实际完成情况 of the 年度总体目标: as the department entered it, else derived from the indicators
 * @param outcomeEntered whether {@code outcome} is the department's own text (checked by PROJECT-TABLE-OUTCOME)
 * @param total       总分: the evaluation's total
 */
public record ProjectTable(String projectKey, String projectName, int year, String department, String implementer,
        List<FundRow> funds, BigDecimal execPoints, BigDecimal execScore, String goal, String outcome,
        boolean outcomeEntered, List<IndicatorRow> indicators, BigDecimal total, String grade) {

    public static final String TOTAL_ROW = "年度资金总额";
    public static final String UNIT_LABEL = "万元";

    /** The funding sources of each 其中 row (TRANSFER 上级补助 and OTHER print together as 其他资金). */
    private static final List<SourceRow> SOURCE_ROWS = List.of(new SourceRow("其中：当年财政拨款", Set.of("MUNICIPAL")),
            new SourceRow("上年结转资金", Set.of("CARRY_OVER")), new SourceRow("其他资金", Set.of("TRANSFER", "OTHER")));

    private record SourceRow(String label, Set<String> sources) {
    }

    /**
     * One 项目资金 row: amounts in yuan and the printed 执行率 (percent). A row of one peer figure prints budget-service's
     * own rate; a row adding several sources prints spent ÷ budget of the sums. Amounts are null when no line of
     * those sources exists.
     */
    public record FundRow(String label, BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal spent, BigDecimal rate,
            boolean isTotal) {
    }

    /**
     * One indicator row. {@code target} 年度指标值 (nature, value, unit: "≥5个"), {@code actual} 实际完成值,
     * {@code explanation} 偏差原因分析及改进措施 (cause and remedy as entered), {@code met} full points.
     */
    public record IndicatorRow(String code, String level1, String level2, String name, String target, String actual,
            BigDecimal points, BigDecimal score, String explanation) {
        public boolean met() {
            return points != null && score != null && score.compareTo(points) >= 0;
        }
    }

    public String key() {
        return "project-" + projectKey;
    }

    public String title() {
        return title(year, projectName);
    }

    /** The title of a project's table; the public index names the table without building it. */
    public static String title(int year, String projectName) {
        return year + "年度项目支出绩效自评表（" + projectName + "）";
    }

    /** 分值 of the whole table: 预算执行率 + Σ indicator points. */
    public BigDecimal points() {
        return indicators.stream().map(IndicatorRow::points).filter(Objects::nonNull).reduce(orZero(execPoints), BigDecimal::add);
    }

    /** Σ of the printed rows' 得分: 预算执行率 + Σ indicator scores. */
    public BigDecimal rowScoreSum() {
        return indicators.stream().map(IndicatorRow::score).filter(Objects::nonNull).reduce(orZero(execScore), BigDecimal::add);
    }

    public static ProjectTable of(ProjectResult r, ReportData data) {
        String key = r.projectKey();
        String name = r.targets() == null || r.targets().projectName() == null ? key : r.targets().projectName();
        ProjectNode exec = r.node("EXEC-RATE");
        List<IndicatorRow> rows = new ArrayList<>();
        ProjectNode indicators = r.node("INDICATORS");
        if (indicators != null) {
            leaves(indicators, rows);
        }
        String entered = r.targets() == null || r.targets().goalOutcome() == null || r.targets().goalOutcome().isBlank() ? null
                : r.targets().goalOutcome().strip();
        return new ProjectTable(key, name, r.year() == null ? data.year() : r.year(), data.departmentName(), data.departmentName(),
                funds(r.execution()), exec == null ? null : exec.points(), exec == null ? null : exec.score(),
                r.targets() == null ? null : r.targets().goal(), entered == null ? outcome(rows) : entered, entered != null, rows,
                r.total(), r.grade());
    }

    /** The project tables of a version, in the order evaluation-service listed the evaluations. */
    public static List<ProjectTable> all(ReportData data) {
        return data.projects().stream().filter(p -> p.projectKey() != null).map(p -> of(p, data)).toList();
    }

    private static List<FundRow> funds(ProjectResult.ProjectExecution e) {
        List<FundRow> rows = new ArrayList<>();
        Amounts t = e == null ? null : e.total();
        rows.add(t == null ? new FundRow(TOTAL_ROW, null, null, null, null, true)
                : new FundRow(TOTAL_ROW, t.initialBudget(), t.adjustedBudget(), t.spent(), t.rate(), true));
        for (SourceRow s : SOURCE_ROWS) {
            List<SourceAmounts> parts = e == null ? List.of()
                    : e.sourceList().stream().filter(a -> s.sources().contains(a.fundingSource())).toList();
            if (parts.isEmpty()) {
                rows.add(new FundRow(s.label(), null, null, null, null, false));
            } else if (parts.size() == 1) {
                SourceAmounts a = parts.get(0);
                rows.add(new FundRow(s.label(), a.initialBudget(), a.adjustedBudget(), a.spent(), a.rate(), false));
            } else {
                BigDecimal budget = sum(parts, SourceAmounts::adjustedBudget);
                BigDecimal spent = sum(parts, SourceAmounts::spent);
                rows.add(new FundRow(s.label(), sum(parts, SourceAmounts::initialBudget), budget, spent, Fmt.rate(spent, budget), false));
            }
        }
        return List.copyOf(rows);
    }

    private static BigDecimal sum(List<SourceAmounts> parts, Function<SourceAmounts, BigDecimal> amount) {
        return parts.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The leaves under INDICATORS (一级 group → 二级 group → indicator), depth first. */
    private static void leaves(ProjectNode node, List<IndicatorRow> out) {
        for (ProjectNode child : node.childList()) {
            if (child.childList().isEmpty()) {
                out.add(row(child));
            } else {
                leaves(child, out);
            }
        }
    }

    private static IndicatorRow row(ProjectNode leaf) {
        ProjectResult.IndicatorRow i = leaf.indicator();
        String unit = i == null || i.unit() == null ? "" : i.unit();
        String target = i == null ? "" : targetText(i, unit);
        return new IndicatorRow(leaf.code(), i == null ? "" : i.level1Label(), i == null ? "" : i.level2Label(), leaf.name(), target,
                actualText(leaf.inputs(), unit), leaf.points(), leaf.score(), explanation(leaf.cause(), leaf.remedy()));
    }

    /** 年度指标值 as the official tables print it: ≥5个, ≤12月, =0起; a 定性 value as its text. */
    private static String targetText(ProjectResult.IndicatorRow i, String unit) {
        JsonNode v = i.value();
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isNumber()) {
            return v.asText();
        }
        String nature = i.natureLabel() == null || "定性".equals(i.natureLabel()) ? "" : i.natureLabel();
        return nature + Fmt.plain(v.decimalValue()) + unit;
    }

    /** 实际完成值: the actual with the unit, or for a 定性 indicator the tier the evaluator picked. */
    private static String actualText(JsonNode inputs, String unit) {
        if (inputs == null) {
            return "";
        }
        JsonNode actual = inputs.get("actual");
        if (actual != null && actual.isNumber()) {
            return Fmt.plain(actual.decimalValue()) + unit;
        }
        if (actual != null && !actual.isNull()) {
            return actual.asText();
        }
        return switch (inputs.path("tier").asText("")) {
            case "ACHIEVED" -> "达成年度指标";
            case "PARTIAL" -> "部分达成年度指标";
            case "NOT_ACHIEVED" -> "未达成年度指标";
            default -> "";
        };
    }

    private static String explanation(String cause, String remedy) {
        List<String> parts = new ArrayList<>();
        if (cause != null && !cause.isBlank()) {
            parts.add("偏差原因：" + cause.strip());
        }
        if (remedy != null && !remedy.isBlank()) {
            parts.add("改进措施：" + remedy.strip());
        }
        return String.join("\n", parts);
    }

    /**
     * 实际完成情况 of the 年度总体目标 when the department entered none: derived from the indicators, all at full points →
     * 年度绩效目标全部完成; else the ones not met.
     */
    static String outcome(List<IndicatorRow> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> notMet = rows.stream().filter(r -> !r.met()).map(r -> r.name() + "（" + r.actual() + "，目标" + r.target() + "）").toList();
        if (notMet.isEmpty()) {
            return "年度绩效目标全部完成，" + rows.size() + "项绩效指标均达到年度指标值。";
        }
        return "年度绩效目标基本完成，" + (rows.size() - notMet.size()) + "项绩效指标达到年度指标值；未达到的指标："
                + String.join("、", notMet) + "。";
    }

    private static BigDecimal orZero(BigDecimal n) {
        return n == null ? BigDecimal.ZERO : n;
    }

    /** The official layout on 9 columns (see docs/report.md, "Tables"). */
    public TableGrid grid() {
        TableGrid.Builder b = new TableGrid.Builder();
        b.label(0, 1, 1, "项目名称").text(1, 8, projectName);
        b.nextRow();
        b.label(0, 1, 1, "主管部门").text(1, 4, department).label(5, 1, 1, "实施单位").text(6, 3, implementer);
        b.nextRow();
        b.label(0, funds.size() + 1, 1, "项目资金（" + UNIT_LABEL + "）").label(1, 1, 2, "").label(3, 1, 1, "年初预算数")
                .label(4, 1, 1, "全年预算数").label(5, 1, 1, "全年执行数").label(6, 1, 1, "分值").label(7, 1, 1, "执行率")
                .label(8, 1, 1, "得分");
        for (FundRow f : funds) {
            b.nextRow();
            b.text(1, 2, f.label()).number(3, Kind.AMOUNT, f.initialBudget()).number(4, Kind.AMOUNT, f.adjustedBudget())
                    .number(5, Kind.AMOUNT, f.spent());
            if (f.isTotal()) {
                b.number(6, Kind.SCORE, execPoints).number(7, Kind.RATE, f.rate()).number(8, Kind.SCORE, execScore);
            } else {
                b.text(6, 1, "—").number(7, Kind.RATE, f.rate()).text(8, 1, "—");
            }
        }
        b.nextRow();
        b.label(0, 2, 1, "年度总体目标").label(1, 1, 4, "预期目标").label(5, 1, 4, "实际完成情况");
        b.nextRow();
        b.text(1, 4, goal == null ? "" : goal).text(5, 4, outcome);
        b.nextRow();
        b.label(0, indicators.size() + 1, 1, "绩效指标").label(1, 1, 1, "一级指标").label(2, 1, 1, "二级指标").label(3, 1, 1, "三级指标")
                .label(4, 1, 1, "年度指标值").label(5, 1, 1, "实际完成值").label(6, 1, 1, "分值").label(7, 1, 1, "得分")
                .label(8, 1, 1, "偏差原因分析及改进措施");
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow r = indicators.get(i);
            b.nextRow();
            // 一级 and 二级 merge down over the indicators that share them, as the official tables print them
            if (i == 0 || !r.level1().equals(indicators.get(i - 1).level1())) {
                b.cell(1, run(i, IndicatorRow::level1), 1, Kind.TEXT, r.level1(), null);
            }
            if (i == 0 || !r.level1().equals(indicators.get(i - 1).level1()) || !r.level2().equals(indicators.get(i - 1).level2())) {
                b.cell(2, run(i, x -> x.level1() + "\u0000" + x.level2()), 1, Kind.TEXT, r.level2(), null);
            }
            b.text(3, 1, r.name()).text(4, 1, r.target()).text(5, 1, r.actual()).number(6, Kind.SCORE, r.points())
                    .number(7, Kind.SCORE, r.score()).text(8, 1, r.explanation());
        }
        b.nextRow();
        b.label(0, 1, 6, "总分").number(6, Kind.SCORE, points()).number(7, Kind.SCORE, total)
                .text(8, 1, grade == null ? "" : "自评等级：" + grade);
        return new TableGrid(key(), title(), "主管部门：" + department + "　　单位：" + UNIT_LABEL,
                List.of(11, 8, 10, 16, 10, 10, 10, 10, 17), true, b.cells());
    }

    /** How many indicators from {@code i} on share the same group. */
    private int run(int i, Function<IndicatorRow, String> group) {
        String g = group.apply(indicators.get(i));
        int n = 1;
        while (i + n < indicators.size() && group.apply(indicators.get(i + n)).equals(g)) {
            n++;
        }
        return n;
    }
}
