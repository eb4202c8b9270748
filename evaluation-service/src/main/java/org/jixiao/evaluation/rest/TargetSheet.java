package org.jixiao.evaluation.rest;

import static org.jixiao.platform.xlsx.XlsxColumn.optional;
import static org.jixiao.platform.xlsx.XlsxColumn.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.evaluation.domain.Direction;
import org.jixiao.evaluation.domain.TargetIndicator;
import org.jixiao.evaluation.domain.TargetLevel1;
import org.jixiao.evaluation.domain.TargetLevel2;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.xlsx.XlsxProblem;
import org.jixiao.platform.xlsx.XlsxRecord;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;

/**
 * A project's performance targets (项目绩效目标) as the sheet 绩效指标 of a 绩效目标申报表: 一级, 二级, 三级指标, 指标性质,
 * 指标值, 度量单位, 分值 — exported, filled in, imported back all-or-nothing.
 */
final class TargetSheet {
    static final XlsxTemplate TEMPLATE = new XlsxTemplate("绩效指标", List.of(
            required("level1", "一级指标", XlsxType.TEXT, 12),
            required("level2", "二级指标", XlsxType.TEXT, 16),
            required("name", "三级指标", XlsxType.TEXT, 32),
            required("nature", "指标性质", XlsxType.TEXT, 10),
            required("value", "指标值", XlsxType.TEXT, 20),
            optional("unit", "度量单位", XlsxType.TEXT, 10),
            required("weight", "分值", XlsxType.DECIMAL, 8)));

    private static final Map<String, Direction> NATURES = Map.ofEntries(Map.entry("≥", Direction.GE), Map.entry(">=", Direction.GE),
            Map.entry("GE", Direction.GE), Map.entry("≤", Direction.LE), Map.entry("<=", Direction.LE), Map.entry("LE", Direction.LE),
            Map.entry("=", Direction.EQ), Map.entry("＝", Direction.EQ), Map.entry("EQ", Direction.EQ), Map.entry("定性", Direction.QUALITATIVE),
            Map.entry("QUALITATIVE", Direction.QUALITATIVE));
    private static final Pattern INDICATOR_FIELD = Pattern.compile("^indicators\\[(\\d+)]\\.(\\w+)$");

    private TargetSheet() {
    }

    static List<List<?>> export(List<TargetIndicator> indicators) {
        return indicators.stream().<List<?>>map(i -> Arrays.asList(i.level1() == null ? null : i.level1().label() + "指标",
                i.level2() == null ? null : i.level2().label() + "指标", i.name(), i.natureLabel(),
                i.value() == null ? null : i.value() instanceof BigDecimal b ? b.toPlainString() : i.value().toString(), i.unit(),
                i.weight())).toList();
    }

    /** The indicators a sheet declares, and the problems of reading them (labels, numbers), each at its cell. */
    record Parsed(List<TargetIndicator> indicators, List<Integer> rows, List<XlsxProblem> problems) {
    }

    static Parsed parse(List<XlsxRecord> records) {
        List<TargetIndicator> indicators = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<XlsxProblem> problems = new ArrayList<>();
        for (XlsxRecord r : records) {
            TargetLevel1 level1 = level1(r.get("level1").strip());
            if (level1 == null) {
                problems.add(at(r, "level1", "must be 产出指标, 成本指标, 效益指标 or 满意度指标"));
            }
            TargetLevel2 level2 = level1 == null ? null : level2(level1, r.get("level2").strip());
            if (level1 != null && level2 == null) {
                problems.add(at(r, "level2", "is not a 二级指标 of " + level1.label() + "指标 (" + String.join(", ",
                        Arrays.stream(TargetLevel2.values()).filter(l -> l.parent() == level1).map(l -> l.label() + "指标").toList()) + ")"));
            }
            Direction nature = NATURES.get(r.get("nature").strip());
            if (nature == null) {
                problems.add(at(r, "nature", "must be ≥, ≤, = or 定性"));
            }
            Object value = r.get("value").strip();
            if (nature != null && nature != Direction.QUALITATIVE) {
                try {
                    value = new BigDecimal(value.toString());
                } catch (NumberFormatException e) {
                    problems.add(at(r, "value", "a number is due for 指标性质 " + r.get("nature").strip() + " (got '" + value
                            + "'); a text target is 定性"));
                }
            }
            indicators.add(new TargetIndicator(level1, level2, r.get("name").strip(), nature, value, r.get("unit"),
                    new BigDecimal(r.get("weight"))));
            rows.add(r.row());
        }
        return new Parsed(indicators, rows, problems);
    }

    /** The target rules' problems ("indicators[3].unit") at their cells; a problem of the whole set at the sheet. */
    static List<XlsxProblem> at(List<FieldError> errors, List<Integer> rows) {
        List<XlsxProblem> problems = new ArrayList<>();
        for (FieldError e : errors) {
            Matcher m = INDICATOR_FIELD.matcher(e.field() == null ? "" : e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                int row = rows.get(Integer.parseInt(m.group(1)));
                String key = m.group(2);
                problems.add(TEMPLATE.columns().stream().anyMatch(c -> c.key().equals(key))
                        ? TEMPLATE.problemAt(row, key, e.message())
                        : new XlsxProblem(TEMPLATE.sheetName(), row, null, e.message()));
            } else {
                problems.add(new XlsxProblem(TEMPLATE.sheetName(), null, null, (e.field() == null ? "" : e.field() + ": ") + e.message()));
            }
        }
        return problems;
    }

    private static XlsxProblem at(XlsxRecord r, String key, String reason) {
        return TEMPLATE.problemAt(r.row(), key, reason);
    }

    private static TargetLevel1 level1(String text) {
        return Arrays.stream(TargetLevel1.values()).filter(l -> text.equals(l.label() + "指标") || text.equals(l.label())
                || text.equals(l.name())).findFirst().orElse(null);
    }

    private static TargetLevel2 level2(TargetLevel1 level1, String text) {
        return Arrays.stream(TargetLevel2.values()).filter(l -> l.parent() == level1).filter(l -> text.equals(l.label() + "指标")
                || text.equals(l.label()) || text.equals(l.name())).findFirst().orElse(null);
    }
}
