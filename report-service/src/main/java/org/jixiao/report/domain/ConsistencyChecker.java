package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Finding.FigureRef;
import org.jixiao.report.domain.data.Adjustment;
import org.jixiao.report.domain.data.Amounts;
import org.jixiao.report.domain.data.BudgetSnapshot;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.data.KeyTask;
import org.jixiao.report.domain.data.Line;
import org.jixiao.report.domain.data.ScoreNode;
import org.jixiao.report.domain.data.SourceAmounts;

/** Runs the rule catalogue ({@link Rule#CATALOGUE}) over a snapshot and the narrative as it stands. Pure logic. */
public final class ConsistencyChecker {
    /** A number with a unit typed in narrative: 第6名, 99.92%, 3661.45万元, 36614525元, 93.16分. */
    private static final Pattern TYPED = Pattern.compile(
            "第\\s*(\\d+)\\s*名|(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(%|％|万元|元|分(?![之钟]))");
    private static final Pattern PERCENT_CONTEXT = Pattern.compile("完成率|执行率|支出进度|执行进度");
    private static final Pattern AMOUNT_CONTEXT = Pattern.compile("预算|拨款|支出|资金|经费|结余|结转");
    private static final Pattern SCORE_CONTEXT = Pattern.compile("自评|评分|得分|效能|总分|结果为");
    private static final Pattern RANK_CONTEXT = Pattern.compile("排名");
    private static final Pattern REASON = Pattern.compile("原因|由于|因为");
    private static final Pattern EXECUTION_WORD = Pattern.compile("执行|完成率|支出|进度");

    private final RuleSettings settings;

    public ConsistencyChecker(RuleSettings settings) {
        this.settings = settings;
    }

    public List<Finding> check(ReportData d, Map<SectionKey, String> narrative) {
        List<Finding> out = new ArrayList<>();
        FigureTable figures = FigureTable.of(d);
        if (d.municipal() != null) {
            execution(out, d.municipal(), "execution.", "MUNICIPAL");
        }
        if (d.all() != null) {
            execution(out, d.all(), "execution.all.", "ALL");
            sources(out, d.all());
        }
        lines(out, d);
        if (d.evaluation() != null) {
            scores(out, d.evaluation());
            evaluationBasis(out, d);
        }
        if (d.ranking() != null && d.rankingEntry() == null) {
            out.add(finding(Rule.RANK_MISSING, "department " + d.departmentCode() + " is not in the " + d.year()
                    + " city ranking; the paragraph omits the rank", null, List.of()));
        }
        narrative(out, narrative, figures);
        lowExecution(out, d, narrative);
        return out;
    }

    // ---------------------------------------------------------------- parts add up, rates

    private void execution(List<Finding> out, Execution e, String prefix, String scope) {
        String src = "budget-service execution scope=" + scope + " ";
        for (String field : new String[] {"adjustedBudget", "spent"}) {
            Function<Amounts, BigDecimal> get = field.equals("spent") ? Amounts::spent : Amounts::adjustedBudget;
            if (e.total() != null && e.basic() != null && e.project() != null) {
                String totalKey = prefix.equals("execution.") ? "execution.total." : prefix;
                reconcile(out, Rule.SUM_CATEGORIES, "BASIC + PROJECT = total (" + scope + ", " + field + ")",
                        List.of(ref(prefix + "basic." + field, get.apply(e.basic()), src + "basic." + field),
                                ref(prefix + "project." + field, get.apply(e.project()), src + "project." + field)),
                        ref(totalKey + field, get.apply(e.total()), src + "total." + field));
            }
        }
        rate(out, prefix.equals("execution.") ? "execution.total" : "execution.all", e.total(), src + "total");
        rate(out, prefix + "basic", e.basic(), src + "basic");
        rate(out, prefix + "project", e.project(), src + "project");
        overBudget(out, prefix.equals("execution.") ? "execution.total" : "execution.all", e.total(), src + "total");
    }

    private void sources(List<Finding> out, Execution all) {
        List<SourceAmounts> sources = all.sourceList();
        if (sources.isEmpty() || all.total() == null) {
            return;
        }
        String src = "budget-service execution scope=ALL ";
        for (String field : new String[] {"adjustedBudget", "spent"}) {
            Function<Amounts, BigDecimal> get = field.equals("spent") ? Amounts::spent : Amounts::adjustedBudget;
            List<Num> parts = sources.stream().map(s -> ref("execution.source." + s.fundingSource() + "." + field,
                    get.apply(s.amounts()), src + "bySource[" + s.fundingSource() + "]." + field)).toList();
            reconcile(out, Rule.SUM_SOURCES, "Σ funding sources = total (ALL, " + field + ")", parts,
                    ref("execution.all." + field, get.apply(all.total()), src + "total." + field));
        }
        for (SourceAmounts s : sources) {
            rate(out, "execution.source." + s.fundingSource(), s.amounts(), src + "bySource[" + s.fundingSource() + "]");
        }
    }

    private void lines(List<Finding> out, ReportData d) {
        Map<String, Line> seen = new LinkedHashMap<>();
        for (Execution e : new Execution[] {d.municipal(), d.all()}) {
            if (e == null) {
                continue;
            }
            String scope = e == d.municipal() ? "MUNICIPAL" : "ALL";
            String prefix = e == d.municipal() ? "execution." : "execution.all.";
            String src = "budget-service execution scope=" + scope + " ";
            for (String category : new String[] {"BASIC", "PROJECT"}) {
                List<Line> lines = e.lines(category);
                Amounts cat = category.equals("BASIC") ? e.basic() : e.project();
                if (lines.isEmpty() || cat == null) {
                    continue;
                }
                for (String field : new String[] {"adjustedBudget", "spent"}) {
                    Function<Amounts, BigDecimal> get = field.equals("spent") ? Amounts::spent : Amounts::adjustedBudget;
                    List<Num> parts = lines.stream().map(l -> ref("execution.line." + l.lineCode() + "." + field,
                            get.apply(l.amounts()), src + "lines[" + l.lineCode() + "]." + field)).toList();
                    reconcile(out, Rule.SUM_LINES, "Σ " + category + " lines = " + category + " (" + scope + ", " + field + ")",
                            parts, ref(prefix + category.toLowerCase() + "." + field, get.apply(cat), src + category.toLowerCase() + "." + field));
                }
            }
            for (Line l : e.lineList()) {
                seen.putIfAbsent(l.lineCode(), l);
            }
        }
        for (Line l : seen.values()) {
            String key = "execution.line." + l.lineCode();
            String src = "budget-service execution lines[" + l.lineCode() + "]";
            rate(out, key, l.amounts(), src);
            overBudget(out, key, l.amounts(), src + " " + l.name());
            if (l.adjustedBudget() != null && l.adjustedBudget().signum() > 0 && l.spent() != null && l.spent().signum() == 0) {
                out.add(finding(Rule.NO_SPENDING, "budget line " + l.lineCode() + " " + l.name() + " has a budget of "
                        + Fmt.wanText(l.adjustedBudget()) + " 万元 and no spending", null,
                        List.of(fig(key + ".adjustedBudget", Fmt.wanText(l.adjustedBudget()) + " 万元", src))));
            }
            for (Adjustment a : l.adjustmentList()) {
                if (a.reason() == null || a.reason().isBlank()) {
                    out.add(finding(Rule.ADJUSTMENT_REASON, "adjustment of " + Fmt.wanText(a.amount()) + " 万元 on " + a.effectiveDate()
                            + " to line " + l.lineCode() + " " + l.name() + " gives no reason", null,
                            List.of(fig(key + ".adjustment", Fmt.wanText(a.amount()) + " 万元", src + ".adjustments"))));
                }
            }
        }
    }

    private void rate(List<Finding> out, String key, Amounts a, String source) {
        if (a == null) {
            return;
        }
        BigDecimal expected = Fmt.rate(a.spent(), a.adjustedBudget());
        BigDecimal printed = a.rate();
        boolean ok = expected == null ? printed == null
                : printed != null && printed.setScale(2, RoundingMode.HALF_UP).compareTo(expected) == 0;
        if (!ok) {
            out.add(finding(Rule.RATE_DERIVED, key + ".rate is " + Fmt.percentText(printed) + " but spent ÷ budget = "
                    + (expected == null ? "no rate (zero budget)" : Fmt.percentText(expected)), null,
                    List.of(fig(key + ".rate", Fmt.percentText(printed), source + ".rate"),
                            fig(key + ".spent", plain(a.spent()) + " 元", source + ".spent"),
                            fig(key + ".adjustedBudget", plain(a.adjustedBudget()) + " 元", source + ".adjustedBudget"))));
        }
    }

    private void overBudget(List<Finding> out, String key, Amounts a, String source) {
        if (a != null && a.spent() != null && a.adjustedBudget() != null && a.spent().compareTo(a.adjustedBudget()) > 0) {
            out.add(finding(Rule.OVER_BUDGET, key + " spent " + Fmt.wanText(a.spent()) + " 万元 above its budget of "
                    + Fmt.wanText(a.adjustedBudget()) + " 万元", null,
                    List.of(fig(key + ".spent", Fmt.wanText(a.spent()) + " 万元", source + ".spent"),
                            fig(key + ".adjustedBudget", Fmt.wanText(a.adjustedBudget()) + " 万元", source + ".adjustedBudget"))));
        }
    }

    /** Σ of parts rounded to 万元 against the rounded total, with ±tolerance per part. */
    private void reconcile(List<Finding> out, Rule rule, String what, List<Num> parts, Num total) {
        if (total.value() == null || parts.stream().anyMatch(p -> p.value() == null)) {
            return;
        }
        BigDecimal sum = parts.stream().map(p -> Fmt.wan(p.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal diff = sum.subtract(Fmt.wan(total.value())).abs();
        BigDecimal tolerance = settings.tolerancePerPart().multiply(BigDecimal.valueOf(parts.size()));
        if (diff.compareTo(tolerance) > 0) {
            List<FigureRef> figs = new ArrayList<>();
            parts.forEach(p -> figs.add(fig(p.name(), Fmt.wanText(p.value()) + " 万元", p.source())));
            figs.add(fig(total.name(), Fmt.wanText(total.value()) + " 万元", total.source()));
            out.add(finding(rule, what + ": parts add up to " + sum.toPlainString() + " 万元, total is "
                    + Fmt.wanText(total.value()) + " 万元 (difference " + diff.toPlainString() + ", tolerance ±" + tolerance.toPlainString() + ")",
                    null, figs));
        }
    }

    // ---------------------------------------------------------------- scores

    private void scores(List<Finding> out, EvaluationResult e) {
        String src = "evaluation-service result ";
        if (e.total() != null && !e.nodeList().isEmpty()) {
            BigDecimal sum = sumScores(e.nodeList());
            if (sum != null && sum.compareTo(e.total()) != 0) {
                List<FigureRef> figs = new ArrayList<>();
                e.nodeList().forEach(n -> figs.add(fig("score.node." + n.code(), Fmt.scoreText(n.score()), src + "nodes[" + n.code() + "].score")));
                figs.add(fig("score.total", Fmt.scoreText(e.total()), src + "total"));
                out.add(finding(Rule.SCORE_TOTAL, "total " + Fmt.scoreText(e.total()) + " ≠ Σ nodes " + Fmt.scoreText(sum), null, figs));
            }
        }
        nodeSums(out, e.nodeList(), src);
        if (e.total() != null) {
            GradeBand band = GradeBand.of(settings.gradeBands(), e.total());
            boolean ok = e.gradeCode() != null ? band.code().equals(e.gradeCode()) : band.label().equals(e.grade());
            if (!ok) {
                out.add(finding(Rule.GRADE_BAND, "grade " + e.grade() + (e.gradeCode() == null ? "" : " (" + e.gradeCode() + ")")
                        + " does not match total " + Fmt.scoreText(e.total()) + ", whose band is " + band.label() + " (≥ " + Fmt.plain(band.min()) + ")",
                        null, List.of(fig("score.grade", e.grade(), src + "grade"), fig("score.total", Fmt.scoreText(e.total()), src + "total"))));
            }
        }
        ScoreNode duty = e.node("DUTY");
        if (duty == null) {
            duty = e.nodeList().stream().filter(n -> "TASKS".equals(n.method())).findFirst().orElse(null);
        }
        List<KeyTask> tasks = e.taskList();
        if (duty != null && !tasks.isEmpty()) {
            taskSum(out, tasks, KeyTask::points, duty.points(), "points", "score.node." + duty.code() + ".points", src);
            taskSum(out, tasks, KeyTask::score, duty.score(), "score", "score.node." + duty.code(), src);
        }
    }

    private void taskSum(List<Finding> out, List<KeyTask> tasks, Function<KeyTask, BigDecimal> get, BigDecimal expected,
            String what, String key, String src) {
        if (expected == null || tasks.stream().anyMatch(t -> get.apply(t) == null)) {
            return;
        }
        BigDecimal sum = tasks.stream().map(get).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(expected) != 0) {
            List<FigureRef> figs = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                figs.add(fig("score.task." + (i + 1) + "." + what, Fmt.scoreText(get.apply(tasks.get(i))), src + "tasks[" + i + "]." + what));
            }
            figs.add(fig(key, Fmt.scoreText(expected), src + "nodes"));
            out.add(finding(Rule.TASK_POINTS, "key-task " + what + " add up to " + Fmt.scoreText(sum) + ", the DUTY node has "
                    + Fmt.scoreText(expected), null, figs));
        }
    }

    private void nodeSums(List<Finding> out, List<ScoreNode> nodes, String src) {
        for (ScoreNode n : nodes) {
            if (!n.childList().isEmpty() && n.score() != null) {
                BigDecimal sum = sumScores(n.childList());
                if (sum != null && sum.compareTo(n.score()) != 0) {
                    out.add(finding(Rule.SCORE_TOTAL, "node " + n.code() + " " + n.name() + " scores " + Fmt.scoreText(n.score())
                            + " but its children add up to " + Fmt.scoreText(sum), null,
                            List.of(fig("score.node." + n.code(), Fmt.scoreText(n.score()), src + "nodes[" + n.code() + "].score"))));
                }
            }
            nodeSums(out, n.childList(), src);
        }
    }

    private static BigDecimal sumScores(List<ScoreNode> nodes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreNode n : nodes) {
            if (n.score() == null) {
                return null;
            }
            sum = sum.add(n.score());
        }
        return sum;
    }

    private void evaluationBasis(List<Finding> out, ReportData d) {
        EvaluationResult e = d.evaluation();
        String src = "evaluation-service result ";
        if ((e.department() != null && !e.department().equals(d.departmentCode())) || (e.year() != null && e.year() != d.year())) {
            out.add(finding(Rule.EVALUATION_SUBJECT, "evaluation " + e.evaluationId() + " is for " + e.department() + " " + e.year()
                    + ", the report for " + d.departmentCode() + " " + d.year(), null,
                    List.of(fig("evaluation.department", e.department() + " " + e.year(), src + "department, year"))));
        }
        BudgetSnapshot bs = e.budgetSnapshot();
        Instant scoredOn = instant(bs != null && bs.fetchedAt() != null ? bs.fetchedAt() : e.scoredAt());
        Instant changed = null;
        for (Execution x : new Execution[] {d.municipal(), d.all()}) {
            Instant c = x == null ? null : instant(x.lastChangedAt());
            if (c != null && (changed == null || c.isAfter(changed))) {
                changed = c;
            }
        }
        if (scoredOn != null && changed != null && changed.isAfter(scoredOn)) {
            out.add(finding(Rule.STALE_EVALUATION, "budget data changed at " + changed + ", after the evaluation's budget snapshot of "
                    + scoredOn + ": re-score the evaluation", null,
                    List.of(fig("execution.lastChangedAt", changed.toString(), "budget-service execution lastChangedAt"),
                            fig("evaluation.budgetSnapshot.fetchedAt", scoredOn.toString(), src + "budgetSnapshot.fetchedAt / scoredAt"))));
        }
        if (bs != null && bs.execution() != null && bs.execution().total() != null) {
            Execution current = "ALL".equals(bs.execution().scope()) ? d.all() : d.municipal();
            if (current != null && current.total() != null) {
                Amounts then = bs.execution().total();
                Amounts now = current.total();
                boolean differs = differs(then.adjustedBudget(), now.adjustedBudget()) || differs(then.spent(), now.spent());
                if (differs) {
                    out.add(finding(Rule.EVALUATION_SNAPSHOT, "the evaluation was scored on budget " + Fmt.wanText(then.adjustedBudget())
                            + " / spent " + Fmt.wanText(then.spent()) + " 万元; the report prints budget " + Fmt.wanText(now.adjustedBudget())
                            + " / spent " + Fmt.wanText(now.spent()) + " 万元", null,
                            List.of(fig("evaluation.budgetSnapshot.total.spent", Fmt.wanText(then.spent()) + " 万元", src + "budgetSnapshot.execution.total.spent"),
                                    fig("execution.total.spent", Fmt.wanText(now.spent()) + " 万元", "budget-service execution total.spent"))));
                }
            }
        }
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) != 0;
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(text);
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    // ---------------------------------------------------------------- narrative

    private void narrative(List<Finding> out, Map<SectionKey, String> narrative, FigureTable figures) {
        for (SectionKey key : SectionKey.values()) {
            String text = narrative.get(key);
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String ph : PlaceholderCatalogue.keysIn(text)) {
                if (figures.get(ph).isEmpty()) {
                    out.add(finding(Rule.PLACEHOLDER_UNRESOLVED, "{{" + ph + "}} has no value in the fetched data"
                            + (PlaceholderCatalogue.isKnown(ph) ? "" : " (not in the placeholder catalogue)"), key.name(),
                            List.of(fig(ph, "—", "narrative " + key.name()))));
                }
            }
            String stripped = PlaceholderCatalogue.PLACEHOLDER.matcher(text).replaceAll("□");
            Matcher m = TYPED.matcher(stripped);
            while (m.find()) {
                typed(out, key, stripped, m, figures);
            }
        }
    }

    private void typed(List<Finding> out, SectionKey section, String text, Matcher m, FigureTable figures) {
        FigureKind kind;
        BigDecimal value;
        Pattern context;
        String typed = m.group().trim();
        if (m.group(1) != null) {
            kind = FigureKind.INTEGER;
            value = new BigDecimal(m.group(1));
            context = RANK_CONTEXT;
        } else {
            value = new BigDecimal(m.group(2));
            switch (m.group(3)) {
                case "%", "％" -> {
                    kind = FigureKind.PERCENT;
                    context = PERCENT_CONTEXT;
                }
                case "万元" -> {
                    kind = FigureKind.AMOUNT;
                    context = AMOUNT_CONTEXT;
                }
                case "元" -> {
                    kind = FigureKind.AMOUNT;
                    value = Fmt.wan(value);
                    context = AMOUNT_CONTEXT;
                }
                default -> {
                    kind = FigureKind.SCORE;
                    context = SCORE_CONTEXT;
                }
            }
        }
        String before = sentenceBefore(text, m.start());
        boolean namesBudgetFigure = context.matcher(before).find() || (kind == FigureKind.INTEGER && before.endsWith("排名"));
        List<Figure> candidates = kind == FigureKind.INTEGER
                ? figures.get("ranking.rank").map(List::of).orElse(List.of())
                : figures.ofKind(kind);
        final BigDecimal v = value;
        List<Figure> matches = candidates.stream().filter(f -> f.printed().compareTo(v) == 0).toList();
        if (namesBudgetFigure && matches.isEmpty() && (kind != FigureKind.INTEGER || !candidates.isEmpty())) {
            Figure nearest = nearest(candidates, value, before);
            List<FigureRef> figs = new ArrayList<>();
            figs.add(fig("typed", typed, "narrative " + section.name() + ": …" + before + typed));
            if (nearest != null) {
                figs.add(fig(nearest.key(), nearest.text(), nearest.source()));
            }
            out.add(finding(Rule.NARRATIVE_CONTRADICTION, "typed \"" + typed + "\" in " + section.name() + " matches no figure of the data"
                    + (nearest == null ? "" : "; the data say " + nearest.text() + " ({{" + nearest.key() + "}})"), section.name(), figs));
        } else {
            Figure suggestion = matches.stream().min(Comparator.comparing((Figure f) -> f.key().startsWith("execution.line.") ? 1 : 0)
                    .thenComparing(f -> f.key().length())).orElse(null);
            out.add(finding(Rule.UNBOUND_FIGURE, "unbound figure \"" + typed + "\" in " + section.name()
                    + (suggestion == null ? "" : ": bind it as {{" + suggestion.key() + "}}"), section.name(),
                    suggestion == null ? List.of(fig("typed", typed, "narrative " + section.name()))
                            : List.of(fig("typed", typed, "narrative " + section.name()), fig(suggestion.key(), suggestion.text(), suggestion.source()))));
        }
    }

    /** Up to 20 characters before the number, within its clause. */
    private static String sentenceBefore(String text, int end) {
        String s = text.substring(Math.max(0, end - 20), end);
        int cut = -1;
        for (char c : new char[] {'。', '；', ';', '！', '？', '\n', '，', ','}) {
            cut = Math.max(cut, s.lastIndexOf(c));
        }
        return s.substring(cut + 1);
    }

    private static Figure nearest(List<Figure> candidates, BigDecimal value, String context) {
        List<Figure> preferred = candidates;
        String hint = context.contains("项目") ? ".project." : context.contains("基本") ? ".basic." : context.contains("整体") || context.contains("总体") ? ".total." : null;
        if (hint != null) {
            List<Figure> h = candidates.stream().filter(f -> f.key().contains(hint)).toList();
            if (!h.isEmpty()) {
                preferred = h;
            }
        }
        return preferred.stream().min(Comparator.comparing((Figure f) -> f.printed().subtract(value).abs())).orElse(null);
    }

    private void lowExecution(List<Finding> out, ReportData d, Map<SectionKey, String> narrative) {
        Execution m = d.municipal();
        if (m == null) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        narrative.values().stream().filter(Objects::nonNull).forEach(t -> sentences.addAll(List.of(t.split("[。；;！？\\n]"))));
        boolean explained = sentences.stream().anyMatch(s -> REASON.matcher(s).find() && EXECUTION_WORD.matcher(s).find());
        String[][] cats = {{"total", "整体"}, {"basic", "基本支出"}, {"project", "项目支出"}};
        for (String[] c : cats) {
            Amounts a = c[0].equals("total") ? m.total() : c[0].equals("basic") ? m.basic() : m.project();
            if (a != null && a.rate() != null && a.rate().compareTo(settings.lowExecutionThreshold()) < 0 && !explained) {
                out.add(finding(Rule.LOW_EXECUTION, c[1] + "预算完成率 " + Fmt.percentText(a.rate()) + " is below "
                        + Fmt.plain(settings.lowExecutionThreshold()) + "% and no section explains why (a sentence with 原因/由于/因为 about 执行/完成率/支出)",
                        null, List.of(fig("execution." + c[0] + ".rate", Fmt.percentText(a.rate()), "budget-service execution scope=MUNICIPAL " + c[0] + ".rate"))));
            }
        }
        for (Line l : m.lineList()) {
            if (l.rate() != null && l.rate().compareTo(settings.lowExecutionThreshold()) < 0) {
                boolean lineExplained = sentences.stream().anyMatch(s -> s.contains(l.name()) && REASON.matcher(s).find());
                if (!lineExplained) {
                    out.add(finding(Rule.LINE_LOW_EXECUTION, "line " + l.lineCode() + " " + l.name() + " executed " + Fmt.percentText(l.rate())
                            + " and the narrative gives no reason for it", null,
                            List.of(fig("execution.line." + l.lineCode() + ".rate", Fmt.percentText(l.rate()), "budget-service execution lines[" + l.lineCode() + "].rate"))));
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private record Num(String name, BigDecimal value, String source) {
    }

    private static Num ref(String name, BigDecimal value, String source) {
        return new Num(name, value, source);
    }

    private static FigureRef fig(String name, String value, String source) {
        return new FigureRef(name, value, source);
    }

    private static String plain(BigDecimal b) {
        return b == null ? "—" : b.toPlainString();
    }

    private static Finding finding(Rule rule, String message, String section, List<FigureRef> figures) {
        return new Finding(rule.id(), rule.severity(), message, section, figures);
    }
}
