package org.jixiao.report.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders narrative text may use, as {@code {{key}}}. Keys with a {@code {…}} part are families (a line code,
 * a node code, a task number). A key is known when it matches an entry; whether the data hold it is checked when a
 * version is made (rule PLACEHOLDER-UNRESOLVED).
 */
public final class PlaceholderCatalogue {

    /** One entry: its pattern as documented, kind, meaning, source and the model's example. */
    public record Entry(String pattern, FigureKind kind, String description, String source, String example) {
        Pattern regex() {
            StringBuilder sb = new StringBuilder();
            Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(pattern);
            int last = 0;
            while (m.find()) {
                sb.append(Pattern.quote(pattern.substring(last, m.start())));
                sb.append(switch (m.group(1)) {
                    case "field" -> "(?:initialBudget|adjustedBudget|spent|unspent|rate)";
                    case "source" -> "(?:MUNICIPAL|TRANSFER|CARRY_OVER|OTHER)";
                    case "n", "m" -> "[1-9][0-9]{0,2}";
                    default -> "[A-Za-z0-9_\\-]+";
                });
                last = m.end();
            }
            sb.append(Pattern.quote(pattern.substring(last)));
            return Pattern.compile(sb.toString());
        }
    }

    private static final String AMOUNT_FIELDS = "{field}: initialBudget 年初预算, adjustedBudget 调整后预算, spent 支出, unspent 结余 (万元, 2 decimals); rate 预算完成率 (%)";

    public static final List<Entry> ENTRIES = List.of(
            new Entry("execution.total.{field}", FigureKind.AMOUNT, "市本级财政拨款 (MUNICIPAL) total. " + AMOUNT_FIELDS,
                    "budget-service execution scope=MUNICIPAL total", "{{execution.total.spent}} → 3661.45; {{execution.total.rate}} → 99.92%"),
            new Entry("execution.basic.{field}", FigureKind.AMOUNT, "基本支出 (BASIC), MUNICIPAL. " + AMOUNT_FIELDS,
                    "budget-service execution scope=MUNICIPAL basic", "{{execution.basic.spent}} → 2760.38; {{execution.basic.rate}} → 99.91%"),
            new Entry("execution.project.{field}", FigureKind.AMOUNT, "项目支出 (PROJECT), MUNICIPAL. " + AMOUNT_FIELDS,
                    "budget-service execution scope=MUNICIPAL project", "{{execution.project.adjustedBudget}} → 901.53"),
            new Entry("execution.all.{field}", FigureKind.AMOUNT, "全部资金 (scope ALL) total: 全年预算 (财政拨款 and other funds). " + AMOUNT_FIELDS,
                    "budget-service execution scope=ALL total", "{{execution.all.adjustedBudget}} → 3834.35; {{execution.all.spent}} → 3831.45"),
            new Entry("execution.all.basic.{field}", FigureKind.AMOUNT, "基本支出, all funds. " + AMOUNT_FIELDS,
                    "budget-service execution scope=ALL basic", "{{execution.all.basic.spent}}"),
            new Entry("execution.all.project.{field}", FigureKind.AMOUNT, "项目支出, all funds. " + AMOUNT_FIELDS,
                    "budget-service execution scope=ALL project", "{{execution.all.project.spent}}"),
            new Entry("execution.source.{source}.{field}", FigureKind.AMOUNT, "one funding source (MUNICIPAL, TRANSFER, CARRY_OVER, OTHER), all funds. " + AMOUNT_FIELDS,
                    "budget-service execution scope=ALL bySource", "{{execution.source.OTHER.spent}} → 170.00"),
            new Entry("execution.nonMunicipal.adjustedBudget", FigureKind.AMOUNT, "funds other than 市本级财政拨款: ALL total − MUNICIPAL total (万元)",
                    "budget-service execution scope=ALL − scope=MUNICIPAL", "170.00"),
            new Entry("execution.nonMunicipal.spent", FigureKind.AMOUNT, "spending of funds other than 市本级财政拨款 (万元)",
                    "budget-service execution scope=ALL − scope=MUNICIPAL", "170.00"),
            new Entry("execution.line.{lineCode}.{field}", FigureKind.AMOUNT, "one budget line by its code. " + AMOUNT_FIELDS,
                    "budget-service execution lines[]", "{{execution.line.P-2021-YW.rate}} → 100.00%"),
            new Entry("execution.line.{lineCode}.name", FigureKind.TEXT, "a budget line's name",
                    "budget-service execution lines[]", "2021年信息系统运行维护项目"),
            new Entry("execution.progress", FigureKind.PERCENT, "支出进度 at asOf (MUNICIPAL, %)",
                    "budget-service execution scope=MUNICIPAL progress", "99.92%"),
            new Entry("execution.projects.fullyExecuted", FigureKind.TEXT, "names of the PROJECT lines executed at 100% (、-joined, last with 以及)",
                    "budget-service execution scope=MUNICIPAL lines", "2019年信息化建设项目、…以及云客服服务外包项目"),
            new Entry("execution.projects.fullyExecutedCount", FigureKind.INTEGER, "how many PROJECT lines were executed at 100%",
                    "budget-service execution scope=MUNICIPAL lines", "5"),
            new Entry("execution.projects.minOtherRate", FigureKind.PERCENT, "lowest execution rate of the other PROJECT lines (truncated to 2 decimals: \"均已达 X% 以上\")",
                    "budget-service execution scope=MUNICIPAL lines", "99.66%"),
            new Entry("ranking.rank", FigureKind.INTEGER, "支出进度全市排名 (city-wide spending-progress rank)",
                    "budget-service ranking scope=MUNICIPAL", "6"),
            new Entry("ranking.count", FigureKind.INTEGER, "number of ranked departments", "budget-service ranking", "—"),
            new Entry("ranking.progress", FigureKind.PERCENT, "the department's spending progress in the ranking (%)", "budget-service ranking", "99.92%"),
            new Entry("ranking.benchmark", FigureKind.TEXT, "the time-progress benchmark the ranking used", "budget-service ranking", "序时进度 = 月份 ÷ 12"),
            new Entry("score.total", FigureKind.SCORE, "自评总分", "evaluation-service result total", "93.16"),
            new Entry("score.grade", FigureKind.TEXT, "评价等级", "evaluation-service result grade", "优"),
            new Entry("score.recommendation", FigureKind.TEXT, "结果应用 recommendation", "evaluation-service result recommendation", "优先保障"),
            new Entry("score.node.{code}", FigureKind.SCORE, "score of any framework node by code (MANAGEMENT 管理效能, DUTY 履职效能, EXEC-RATE, …)",
                    "evaluation-service result nodes[]", "{{score.node.MANAGEMENT}} → 43.16; {{score.node.DUTY}} → 50"),
            new Entry("score.node.{code}.points", FigureKind.SCORE, "maximum points of a node", "evaluation-service result nodes[]", "{{score.node.DUTY.points}} → 50"),
            new Entry("score.taskCount", FigureKind.INTEGER, "number of key tasks", "evaluation-service result tasks", "3"),
            new Entry("score.task.{n}", FigureKind.SCORE, "score of key task n (from 1)", "evaluation-service result tasks[]", "{{score.task.1}} → 18"),
            new Entry("score.task.{n}.score", FigureKind.SCORE, "score of key task n", "evaluation-service result tasks[]", "18"),
            new Entry("score.task.{n}.points", FigureKind.SCORE, "points of key task n", "evaluation-service result tasks[]", "18"),
            new Entry("score.task.{n}.name", FigureKind.TEXT, "name of key task n", "evaluation-service result tasks[]", "有效化解各类信访矛盾"),
            new Entry("score.task.{n}.indicator.{m}.actual", FigureKind.NUMBER, "actual value of indicator m of task n (percent when its unit is %)",
                    "evaluation-service result tasks[].indicators[]", "{{score.task.1.indicator.1.actual}} → 99.99%"),
            new Entry("department.name", FigureKind.TEXT, "部门名称", "budget-service department", "广州市信访局"),
            new Entry("department.code", FigureKind.TEXT, "部门编码", "report", "GZ-XFJ"),
            new Entry("department.divisionCount", FigureKind.INTEGER, "内设处室 count", "budget-service department.divisions", "7"),
            new Entry("department.divisions", FigureKind.TEXT, "内设处室 names, 、-joined", "budget-service department.divisions", "办公室、督查处、…"),
            new Entry("report.year", FigureKind.INTEGER, "年度", "report", "2021"),
            new Entry("report.asOf", FigureKind.TEXT, "data as of (ISO date)", "report version", "2021-12-31"));

    private static final List<Pattern> PATTERNS = ENTRIES.stream().map(Entry::regex).toList();

    /**
     * {{ key }} with optional blanks; keys are letters, digits, '.', '_' and '-'. One possessive run, so matching
     * is linear in the text: the former pattern (blanks, a lazy key, blanks) backtracked cubically on an unclosed
     * "{{" followed by blanks (2,000 blanks took 18 s; a 50,000-character section, days). {@link #key} trims the
     * blanks.
     */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*+)}}");

    private PlaceholderCatalogue() {
    }

    public static boolean isKnown(String key) {
        return PATTERNS.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /** Every placeholder key in a text, in order, without repeats. */
    public static List<String> keysIn(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                keys.add(key(m));
            }
        }
        return new ArrayList<>(keys);
    }

    /** The key of a {@link #PLACEHOLDER} match, without the blanks around it. */
    public static String key(Matcher m) {
        return m.group(1).trim();
    }

    public static List<String> unknownIn(String text) {
        return keysIn(text).stream().filter(k -> !isKnown(k)).toList();
    }

    /** Replaces each known placeholder by its printed figure; one the data lack stays as written. */
    public static String bind(String text, FigureTable figures) {
        if (text == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = figures.get(key(m)).map(Figure::text).orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
