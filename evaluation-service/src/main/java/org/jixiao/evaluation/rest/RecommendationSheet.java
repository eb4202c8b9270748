package org.jixiao.evaluation.rest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jixiao.evaluation.domain.BudgetRecommendation;
import org.jixiao.platform.xlsx.XlsxColumn;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;

/**
 * The results-application table (结果应用) as budget preparation imports it: budget-service's
 * {@code POST /budgets/{year}/recommendations} reads these sheet titles (XLSX) and column keys (CSV header). Change
 * one side only together with the other (docs/results.md).
 */
final class RecommendationSheet {
    static final XlsxTemplate TEMPLATE = new XlsxTemplate("结果应用", List.of(
            XlsxColumn.required("department", "部门编码", XlsxType.TEXT, 14),
            XlsxColumn.optional("projectKey", "项目标识", XlsxType.TEXT, 14),
            XlsxColumn.required("subject", "评价对象", XlsxType.TEXT, 30),
            XlsxColumn.required("year", "评价年度", XlsxType.TEXT, 10),
            XlsxColumn.required("grade", "评价等级", XlsxType.TEXT, 10),
            XlsxColumn.required("total", "评价得分", XlsxType.DECIMAL, 10),
            XlsxColumn.required("action", "预算安排建议", XlsxType.TEXT, 14),
            XlsxColumn.optional("cutPercent", "核减比例（%）", XlsxType.DECIMAL, 14),
            XlsxColumn.required("wording", "结果应用意见", XlsxType.TEXT, 16),
            XlsxColumn.required("basis", "评价依据", XlsxType.TEXT, 16),
            XlsxColumn.required("evaluationId", "评价编号", XlsxType.TEXT, 10),
            XlsxColumn.required("filed", "是否备案", XlsxType.TEXT, 10)));

    private RecommendationSheet() {
    }

    static List<List<?>> rows(List<BudgetRecommendation> recommendations) {
        return recommendations.stream().<List<?>>map(r -> Arrays.asList(r.department(), r.projectKey(), r.subject(),
                String.valueOf(r.year()), r.grade(), r.total(), r.action() == null ? null : r.action().name(),
                r.cutPercent(), r.wording(), r.basis().name(), String.valueOf(r.evaluationId()), r.filed() ? "是" : "否"))
                .toList();
    }

    /** CSV (UTF-8 with a BOM, so Excel reads the Chinese; RFC 4180 quoting): the column keys, then the rows. */
    static byte[] csv(List<BudgetRecommendation> recommendations) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, TEMPLATE.columns().stream().<Object>map(XlsxColumn::key).toList());
        rows(recommendations).forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            String text = value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
            csv.append(i == 0 ? "" : ",").append(text.contains(",") || text.contains("\"") || text.contains("\n")
                    || text.contains("\r") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        csv.append("\r\n");
    }
}
