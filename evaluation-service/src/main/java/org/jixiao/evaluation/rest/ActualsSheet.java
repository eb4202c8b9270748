package org.jixiao.evaluation.rest;

import static org.jixiao.platform.xlsx.XlsxColumn.optional;
import static org.jixiao.platform.xlsx.XlsxColumn.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.Method;
import org.jixiao.evaluation.domain.NodeScore;
import org.jixiao.evaluation.domain.Rules;
import org.jixiao.evaluation.domain.TargetTree;
import org.jixiao.evaluation.domain.Tier;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.xlsx.XlsxProblem;
import org.jixiao.platform.xlsx.XlsxRecord;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;

/**
 * The year-end actuals (实际完成值) of an evaluation's indicators entered by hand (TARGET_RATIO and TIERED) as a sheet:
 * exported with each indicator's code, levels, name, 年度指标值, unit and points, filled in by the department
 * (actual, or 定性 tier and position, cause and remedy) and imported back all-or-nothing.
 */
final class ActualsSheet {
    static final XlsxTemplate TEMPLATE = new XlsxTemplate("实际完成值", List.of(
            required("code", "指标编号", XlsxType.TEXT, 10),
            optional("level1", "一级指标", XlsxType.TEXT, 12),
            optional("level2", "二级指标", XlsxType.TEXT, 14),
            required("name", "三级指标", XlsxType.TEXT, 30),
            optional("target", "年度指标值", XlsxType.TEXT, 16),
            optional("unit", "度量单位", XlsxType.TEXT, 10),
            optional("points", "分值", XlsxType.DECIMAL, 8),
            optional("actual", "实际完成值", XlsxType.DECIMAL, 14),
            optional("tier", "定性等级", XlsxType.TEXT, 12),
            optional("fraction", "档内位置", XlsxType.DECIMAL, 10),
            optional("cause", "偏差原因", XlsxType.TEXT, 36),
            optional("remedy", "改进措施", XlsxType.TEXT, 36)));


    private ActualsSheet() {
    }

    /** The indicators a department fills in: entered by hand with an actual or a tier. */
    static List<FrameworkNode> rowsOf(FrameworkNode tree) {
        return tree.flatten().filter(n -> n.method() == Method.TARGET_RATIO || n.method() == Method.TIERED).toList();
    }

    static List<List<?>> export(List<FrameworkNode> indicators, Map<String, IndicatorInput> entered) {
        List<List<?>> rows = new ArrayList<>();
        for (FrameworkNode n : indicators) {
            NodeScore.TargetRow row = Boolean.TRUE.equals(n.params().get(TargetTree.FROM_TARGETS)) ? TargetTree.row(n) : null;
            IndicatorInput in = entered.get(n.code());
            Object target = row != null ? (row.nature().equals("QUALITATIVE") ? "" : row.natureLabel()) + row.value()
                    : n.params().get("target");
            rows.add(Arrays.asList(n.code(), row == null ? null : row.level1Label(), row == null ? null : row.level2Label(),
                    n.name(), target == null ? null : target.toString(), row == null ? null : row.unit(), n.points(),
                    in == null ? null : in.actual(), in == null || in.tier() == null ? null : TierLabels.label(in.tier()),
                    in == null ? null : in.fraction(), in == null ? null : in.cause(), in == null ? null : in.remedy()));
        }
        return rows;
    }

    /** The inputs the sheet enters, by indicator code, or every problem at its cell. */
    record Parsed(Map<String, IndicatorInput> inputs, List<XlsxProblem> problems) {
    }

    static Parsed parse(List<XlsxRecord> records, List<FrameworkNode> indicators) {
        Map<String, FrameworkNode> byCode = new LinkedHashMap<>();
        indicators.forEach(n -> byCode.put(n.code(), n));
        Map<String, IndicatorInput> inputs = new LinkedHashMap<>();
        List<XlsxProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XlsxRecord r : records) {
            String code = r.get("code").strip();
            FrameworkNode node = byCode.get(code);
            if (node == null) {
                problems.add(at(r, "code", "no indicator " + code + " to enter here (one of " + String.join(", ", byCode.keySet()) + ")"));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(at(r, "code", code + " is in the sheet twice"));
                continue;
            }
            if (!node.name().equals(r.get("name").strip())) {
                problems.add(at(r, "name", "is not " + code + "'s name (" + node.name() + "): were rows moved?"));
                continue;
            }
            Tier tier = null;
            if (r.get("tier") != null) {
                tier = TierLabels.read(r.get("tier"));
                if (tier == null) {
                    problems.add(at(r, "tier", TierLabels.EXPECTED));
                    continue;
                }
            }
            BigDecimal actual = decimal(r.get("actual"));
            BigDecimal fraction = decimal(r.get("fraction"));
            if (actual == null && tier == null && fraction == null && r.get("cause") == null && r.get("remedy") == null) {
                continue; // nothing entered on this row: its input stays as it is
            }
            IndicatorInput input = new IndicatorInput(null, null, actual, tier, fraction, null, null, r.get("cause"),
                    r.get("remedy"));
            for (FieldError e : Rules.input(node, input)) {
                problems.add(at(r, TEMPLATE.columns().stream().anyMatch(c -> c.key().equals(e.field())) ? e.field() : null,
                        e.message()));
            }
            inputs.put(code, input);
        }
        return new Parsed(inputs, problems);
    }

    private static XlsxProblem at(XlsxRecord r, String key, String reason) {
        return key == null ? new XlsxProblem(TEMPLATE.sheetName(), r.row(), null, reason)
                : TEMPLATE.problemAt(r.row(), key, reason);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

}
