package org.jixiao.evaluation.rest;

import static org.jixiao.platform.xlsx.XlsxColumn.optional;
import static org.jixiao.platform.xlsx.XlsxColumn.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.evaluation.domain.Direction;
import org.jixiao.evaluation.domain.MonitoredIndicator;
import org.jixiao.evaluation.domain.MonitoringEntry;
import org.jixiao.evaluation.domain.TargetIndicator;
import org.jixiao.evaluation.domain.TargetTask;
import org.jixiao.evaluation.domain.Tier;
import org.jixiao.evaluation.service.TargetSetView;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.xlsx.XlsxProblem;
import org.jixiao.platform.xlsx.XlsxRecord;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;

/**
 * A checkpoint's monitoring report (绩效运行监控表) as the sheet 绩效运行监控: one row per indicator of the approved
 * targets, numbered from 1 as people count (任务序号 for a department's key tasks, 指标序号), with the values so far and
 * expected at year end (numbers, or the 定性 columns), the expected tier of a 定性 indicator, cause and remedy.
 */
final class MonitoringSheet {
    static final XlsxTemplate TEMPLATE = new XlsxTemplate("绩效运行监控", List.of(
            optional("task", "任务序号", XlsxType.DECIMAL, 8),
            required("indicator", "指标序号", XlsxType.DECIMAL, 8),
            required("name", "三级指标", XlsxType.TEXT, 30),
            optional("target", "年度指标值", XlsxType.TEXT, 14),
            optional("unit", "度量单位", XlsxType.TEXT, 10),
            optional("completedToDate", "截至目前完成值", XlsxType.DECIMAL, 14),
            optional("expectedYearEnd", "全年预计完成值", XlsxType.DECIMAL, 14),
            optional("completedText", "定性：截至目前完成情况", XlsxType.TEXT, 24),
            optional("expectedText", "定性：全年预计完成情况", XlsxType.TEXT, 24),
            optional("expectedTier", "定性：预计等级", XlsxType.TEXT, 12),
            optional("cause", "偏差原因", XlsxType.TEXT, 36),
            optional("remedy", "纠偏措施", XlsxType.TEXT, 36)));

    private static final Pattern ENTRY_FIELD = Pattern.compile("^indicators\\[(\\d+)](?:\\.(\\w+))?$");

    private MonitoringSheet() {
    }

    /** A recorded checkpoint's rows, as reported. */
    static List<List<?>> export(List<MonitoredIndicator> recorded) {
        return recorded.stream().<List<?>>map(i -> row(i.task(), i.indicator(), i.name(), i.nature(), i.natureLabel(),
                i.targetValue(), i.unit(), i.completedToDate(), i.expectedYearEnd(), i.expectedTier(), i.cause(), i.remedy())).toList();
    }

    /** The approved targets' rows, nothing reported yet. */
    static List<List<?>> blank(TargetSetView set) {
        List<List<?>> rows = new ArrayList<>();
        if (set.tasks().isEmpty()) {
            for (int i = 0; i < set.indicators().size(); i++) {
                rows.add(row(null, i, set.indicators().get(i)));
            }
        }
        for (int t = 0; t < set.tasks().size(); t++) {
            TargetTask task = set.tasks().get(t);
            for (int i = 0; i < task.indicators().size(); i++) {
                rows.add(row(t, i, task.indicators().get(i)));
            }
        }
        return rows;
    }

    private static List<?> row(Integer task, int indicator, TargetIndicator i) {
        return row(task, indicator, i.name(), i.nature(), i.natureLabel(), i.value(), i.unit(), null, null, null, null, null);
    }

    private static List<?> row(Integer task, int indicator, String name, Direction nature, String natureLabel, Object target,
                               String unit, Object completed, Object expected, Tier tier, String cause, String remedy) {
        boolean qualitative = nature == Direction.QUALITATIVE;
        return Arrays.asList(task == null ? null : BigDecimal.valueOf(task + 1L), BigDecimal.valueOf(indicator + 1L), name,
                target == null ? null : (qualitative ? "" : natureLabel) + plain(target), unit,
                qualitative ? null : number(completed), qualitative ? null : number(expected),
                qualitative && completed != null ? completed.toString() : null,
                qualitative && expected != null ? expected.toString() : null, tier == null ? null : TierLabels.label(tier), cause, remedy);
    }

    /** The entries a sheet reports, each remembering its row, and the problems of reading them. */
    record Parsed(List<MonitoringEntry> entries, List<XlsxRecord> rows, List<XlsxProblem> problems) {
    }

    static Parsed parse(List<XlsxRecord> records) {
        List<MonitoringEntry> entries = new ArrayList<>();
        List<XlsxProblem> problems = new ArrayList<>();
        for (XlsxRecord r : records) {
            Integer task = position(r, "task", problems);
            Integer indicator = position(r, "indicator", problems);
            Tier tier = null;
            if (r.get("expectedTier") != null) {
                tier = TierLabels.read(r.get("expectedTier"));
                if (tier == null) {
                    problems.add(at(r, "expectedTier", TierLabels.EXPECTED));
                }
            }
            Object completed = r.get("completedToDate") != null ? new BigDecimal(r.get("completedToDate")) : r.get("completedText");
            Object expected = r.get("expectedYearEnd") != null ? new BigDecimal(r.get("expectedYearEnd")) : r.get("expectedText");
            entries.add(new MonitoringEntry(task, indicator, r.get("name").strip(), completed, expected, tier, r.get("cause"),
                    r.get("remedy")));
        }
        return new Parsed(entries, records, problems);
    }

    /** The monitoring rules' problems ("indicators[3].expectedYearEnd") at their cells. */
    static List<XlsxProblem> at(List<FieldError> errors, Parsed parsed) {
        List<XlsxProblem> problems = new ArrayList<>();
        for (FieldError e : errors) {
            Matcher m = ENTRY_FIELD.matcher(e.field() == null ? "" : e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < parsed.rows().size()) {
                XlsxRecord r = parsed.rows().get(Integer.parseInt(m.group(1)));
                String key = column(m.group(2), parsed.entries().get(Integer.parseInt(m.group(1))));
                problems.add(key == null ? new XlsxProblem(TEMPLATE.sheetName(), r.row(), null, e.message()) : at(r, key, e.message()));
            } else {
                problems.add(new XlsxProblem(TEMPLATE.sheetName(), null, null, (e.field() == null ? "" : e.field() + ": ") + e.message()));
            }
        }
        return problems;
    }

    /** The column a request field was read from: a value from its number column, or its 定性 text column. */
    private static String column(String field, MonitoringEntry entry) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "completedToDate" -> entry.completedToDate() instanceof String ? "completedText" : "completedToDate";
            case "expectedYearEnd" -> entry.expectedYearEnd() instanceof String ? "expectedText" : "expectedYearEnd";
            case "task", "indicator", "name", "expectedTier", "cause", "remedy" -> field;
            default -> null;
        };
    }

    private static Integer position(XlsxRecord r, String key, List<XlsxProblem> problems) {
        if (r.get(key) == null) {
            return null;
        }
        BigDecimal n = new BigDecimal(r.get(key));
        if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add(at(r, key, "must be a whole number from 1"));
            return null;
        }
        return n.intValue() - 1;
    }

    private static XlsxProblem at(XlsxRecord r, String key, String reason) {
        return TEMPLATE.problemAt(r.row(), key, reason);
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : value.toString();
    }

}
