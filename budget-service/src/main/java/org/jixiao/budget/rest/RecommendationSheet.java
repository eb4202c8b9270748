package org.jixiao.budget.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.xlsx.XlsxColumn;
import org.jixiao.platform.xlsx.XlsxRecord;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;

/**
 * The results-application workbook (sheet 结果应用) as evaluation-service exports it (GET /recommendations.xlsx): the
 * same titles and column keys. Change one side only together with the other (docs/results.md).
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

    /** Each record as column key → text, as the CSV rows are read. */
    static List<Map<String, String>> rows(List<XlsxRecord> records) {
        return records.stream().map(r -> {
            Map<String, String> row = new HashMap<>();
            TEMPLATE.columns().forEach(c -> row.put(c.key(), r.get(c.key())));
            return row;
        }).toList();
    }
}
