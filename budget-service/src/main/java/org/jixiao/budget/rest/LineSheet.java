package org.jixiao.budget.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.domain.Category;
import org.jixiao.budget.domain.FundingSource;
import org.jixiao.budget.domain.LineBudget;
import org.jixiao.budget.service.NewBudgetLine;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.xlsx.XlsxColumn;
import org.jixiao.platform.xlsx.XlsxRecord;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;

/**
 * The budget line workbook (预算项目): the fields of {@code POST …/lines}. Each row is checked by the same bean
 * validation as a JSON {@link LineRequest}; category and funding source are written as codes and read as codes
 * or as their Chinese names.
 */
final class LineSheet {
    static final XlsxTemplate TEMPLATE = new XlsxTemplate("预算项目", List.of(
            XlsxColumn.required("lineCode", "预算项目编码", XlsxType.TEXT, 18),
            XlsxColumn.required("name", "预算项目名称", XlsxType.TEXT, 40),
            XlsxColumn.required("category", "支出类别", XlsxType.TEXT, 14),
            XlsxColumn.required("fundingSource", "资金来源", XlsxType.TEXT, 18),
            XlsxColumn.required("initialAmount", "年初预算数（元）", XlsxType.DECIMAL, 18),
            XlsxColumn.optional("projectKey", "项目标识", XlsxType.TEXT, 14)));
    private static final Map<String, Category> CATEGORIES = Map.of("BASIC", Category.BASIC, "基本支出", Category.BASIC,
            "PROJECT", Category.PROJECT, "项目支出", Category.PROJECT);
    private static final Map<String, FundingSource> SOURCES = Map.of("MUNICIPAL", FundingSource.MUNICIPAL,
            "市本级财政拨款", FundingSource.MUNICIPAL, "TRANSFER", FundingSource.TRANSFER, "上级补助", FundingSource.TRANSFER,
            "CARRY_OVER", FundingSource.CARRY_OVER, "上年结转", FundingSource.CARRY_OVER, "OTHER", FundingSource.OTHER,
            "其他资金", FundingSource.OTHER);

    /** The upload's lines (null where a row is bad) and the problems of the bad rows. */
    record Lines(List<NewBudgetLine> lines, List<FieldError> errors) {
    }

    private LineSheet() {
    }

    static Lines lines(List<XlsxRecord> records, Validator validator) {
        List<NewBudgetLine> lines = new ArrayList<>(records.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            XlsxRecord r = records.get(i);
            int before = errors.size();
            Category category = code(CATEGORIES, r.get("category"), i, "category", "BASIC (基本支出) or PROJECT (项目支出)", errors);
            FundingSource source = code(SOURCES, r.get("fundingSource"), i, "fundingSource",
                    "MUNICIPAL (市本级财政拨款), TRANSFER (上级补助), CARRY_OVER (上年结转) or OTHER (其他资金)", errors);
            BigDecimal amount = new BigDecimal(r.get("initialAmount")); // the template's DECIMAL: a plain decimal
            LineRequest request = new LineRequest(strip(r.get("lineCode")), r.get("name"), category, source, amount,
                    strip(r.get("projectKey")));
            final int index = i;
            validator.validate(request).stream()
                    .filter(v -> !(v.getPropertyPath().toString().equals("category") && category == null)
                            && !(v.getPropertyPath().toString().equals("fundingSource") && source == null))
                    .sorted(Comparator.comparing((ConstraintViolation<LineRequest> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(new FieldError(index, v.getPropertyPath().toString(), v.getMessage())));
            lines.add(errors.size() == before ? request.newLine() : null);
        }
        return new Lines(lines, errors);
    }

    static List<List<?>> export(List<LineBudget> lines) {
        return lines.stream().<List<?>>map(l -> Arrays.asList(l.lineCode(), l.name(), l.category().name(),
                l.fundingSource().name(), l.initialAmount(), l.projectKey())).toList();
    }

    private static <T> T code(Map<String, T> codes, String text, int index, String field, String allowed,
                              List<FieldError> errors) {
        T value = text == null ? null : codes.get(text.strip());
        if (value == null) {
            errors.add(new FieldError(index, field, "'" + text + "' is not one of " + allowed));
        }
        return value;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
