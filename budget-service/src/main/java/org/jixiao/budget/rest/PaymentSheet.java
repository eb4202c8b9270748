package org.jixiao.budget.rest;

import java.util.Arrays;
import java.util.List;
import org.jixiao.budget.domain.ExpenditureBatch;
import org.jixiao.budget.repository.ExpenditureStore;
import org.jixiao.platform.xlsx.XlsxColumn;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxType;

/** The payment workbook (付款明细): the CSV's columns, titled as users read them. */
final class PaymentSheet {
    static final XlsxTemplate TEMPLATE = new XlsxTemplate("付款明细", List.of(
            XlsxColumn.required("voucherNo", "凭证号", XlsxType.TEXT, 22),
            XlsxColumn.required("lineCode", "预算项目编码", XlsxType.TEXT, 18),
            XlsxColumn.required("paidOn", "支付日期", XlsxType.DATE, 12),
            XlsxColumn.required("amount", "金额（元）", XlsxType.DECIMAL, 18),
            XlsxColumn.optional("description", "摘要", XlsxType.TEXT, 48)));

    private PaymentSheet() {
    }

    static List<ExpenditureBatch.RawRow> rows(SheetUpload upload) {
        return upload.records().stream().map(r -> new ExpenditureBatch.RawRow(r.get("voucherNo"), r.get("lineCode"),
                r.get("paidOn"), r.get("amount"), r.get("description"))).toList();
    }

    static List<List<?>> export(List<ExpenditureStore.Listed> payments) {
        return payments.stream().<List<?>>map(p -> Arrays.asList(p.voucherNo(), p.lineCode(), p.paidOn(), p.amount(),
                p.description())).toList();
    }
}
