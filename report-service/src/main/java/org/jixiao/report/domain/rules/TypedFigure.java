package org.jixiao.report.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Figure;
import org.jixiao.report.domain.FigureKind;
import org.jixiao.report.domain.FigureTable;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.PlaceholderCatalogue;
import org.jixiao.report.domain.SectionKey;

/**
 * A number with a unit typed in narrative instead of a placeholder, and the data figures it could stand for.
 *
 * @param before up to 20 characters before the number, within its clause
 * @param candidates the data figures of its kind
 * @param matches the candidates that print as the typed value
 * @param contradicts its clause names a budget or score figure and no figure of the data says so
 */
record TypedFigure(SectionKey section, String typed, BigDecimal value, String before, List<Figure> candidates,
        List<Figure> matches, boolean contradicts) {

    /** 第6名, 99.92%, 3661.45万元, 36614525元, 93.16分. */
    private static final Pattern TYPED = Pattern.compile(
            "第\\s*(\\d+)\\s*名|(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(%|％|万元|元|分(?![之钟]))");
    private static final Pattern PERCENT_CONTEXT = Pattern.compile("完成率|执行率|支出进度|执行进度");
    private static final Pattern AMOUNT_CONTEXT = Pattern.compile("预算|拨款|支出|资金|经费|结余|结转");
    private static final Pattern SCORE_CONTEXT = Pattern.compile("自评|评分|得分|效能|总分|结果为");
    private static final Pattern RANK_CONTEXT = Pattern.compile("排名");

    /** Every typed figure of the narrative, section by section in reading order. */
    static List<TypedFigure> in(CheckContext ctx) {
        List<TypedFigure> found = new ArrayList<>();
        for (SectionKey section : SectionKey.values()) {
            String text = ctx.narrative().get(section);
            if (text == null || text.isBlank()) {
                continue;
            }
            String stripped = PlaceholderCatalogue.PLACEHOLDER.matcher(text).replaceAll("□");
            Matcher m = TYPED.matcher(stripped);
            while (m.find()) {
                found.add(of(section, stripped, m, ctx.figures()));
            }
        }
        return found;
    }

    private static TypedFigure of(SectionKey section, String text, Matcher m, FigureTable figures) {
        FigureKind kind;
        BigDecimal value;
        Pattern context;
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
        String before = clauseBefore(text, m.start());
        boolean namesBudgetFigure = context.matcher(before).find() || (kind == FigureKind.INTEGER && before.endsWith("排名"));
        List<Figure> candidates = kind == FigureKind.INTEGER
                ? figures.get("ranking.rank").map(List::of).orElse(List.of())
                : figures.ofKind(kind);
        BigDecimal v = value;
        List<Figure> matches = candidates.stream().filter(f -> f.printed().compareTo(v) == 0).toList();
        // a rank typed where the data have no ranking cannot contradict it
        boolean contradicts = namesBudgetFigure && matches.isEmpty() && (kind != FigureKind.INTEGER || !candidates.isEmpty());
        return new TypedFigure(section, m.group().trim(), value, before, candidates, matches, contradicts);
    }

    private static String clauseBefore(String text, int end) {
        String s = text.substring(Math.max(0, end - 20), end);
        int cut = -1;
        for (char c : new char[] {'。', '；', ';', '！', '？', '\n', '，', ','}) {
            cut = Math.max(cut, s.lastIndexOf(c));
        }
        return s.substring(cut + 1);
    }
}
