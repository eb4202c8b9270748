package org.jixiao.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class XlsxTemplateTest {
    private static final XlsxTemplate PAYMENTS = new XlsxTemplate("付款明细", List.of(
            XlsxColumn.required("voucherNo", "凭证号", XlsxType.TEXT, 20),
            XlsxColumn.required("paidOn", "支付日期", XlsxType.DATE, 12),
            XlsxColumn.required("amount", "金额（元）", XlsxType.DECIMAL, 16),
            XlsxColumn.optional("description", "摘要", XlsxType.TEXT, 40)));
    private static final XlsxUploads UPLOADS = new XlsxUploads(1024 * 1024, 64L * 1024 * 1024, 0.01);

    @Test
    void anExportReadsBackAsTheSameValues() throws IOException {
        byte[] file = export(List.of(
                List.of("PZ-0001", LocalDate.of(2021, 12, 20), new BigDecimal("125000.00"), "信息系统运维服务费（12月）"),
                java.util.Arrays.asList("1001", LocalDate.of(2021, 1, 4), new BigDecimal("-1200.05"), null),
                List.of("PZ-0003", LocalDate.of(2021, 6, 30), new BigDecimal("10000000.10"), "大额")));
        XlsxUploads.SheetContent content = read(file);
        assertThat(content.problems()).isEmpty();
        assertThat(content.records()).extracting(XlsxRecord::row).containsExactly(2, 3, 4);
        XlsxRecord second = content.records().get(1);
        assertThat(second.get("voucherNo")).isEqualTo("1001");
        assertThat(second.get("paidOn")).isEqualTo("2021-01-04");
        assertThat(second.get("amount")).isEqualTo("-1200.05");
        assertThat(second.get("description")).isNull();
        assertThat(content.records().get(2).get("amount")).isEqualTo("10000000.1");
        assertThat(content.records().get(0).get("description")).isEqualTo("信息系统运维服务费（12月）");
    }

    @Test
    void theEmptyTemplateHasTheHeaderAndNoDataRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PAYMENTS.writeEmpty(out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("付款明细");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("金额（元）");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnStyle(2).getDataFormatString()).isEqualTo("0.00");
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(sheet.getColumnWidth(3)).isEqualTo(40 * 256);
        }
        assertThat(read(out.toByteArray()).problems()).extracting(XlsxProblem::reference, XlsxProblem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("付款明细!2:2", "the sheet has no data rows below the header"));
    }

    @Test
    void everyBadCellIsNamedBySheetRowAndColumn() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet, "凭证号", "支付日期", "金额（元）", "摘要");
            Row text = sheet.createRow(1);
            text.createCell(0).setCellValue("V1");
            text.createCell(1).setCellValue("2021-03-01");
            text.createCell(2).setCellValue("一百元");
            Row number = sheet.createRow(2);
            number.createCell(0).setCellValue(1001);
            number.createCell(1).setCellValue("2021/03/01");
            number.createCell(2).setCellValue(10);
            Row missing = sheet.createRow(3);
            missing.createCell(3).setCellValue("only a description");
            missing.createCell(5).setCellValue("beyond");
            sheet.createRow(4); // blank rows are skipped
            Row fine = sheet.createRow(5);
            fine.createCell(0).setCellValue("V5");
            fine.createCell(1).setCellValue("2021-03-05");
            fine.createCell(2).setCellValue(5.5);
        });
        XlsxUploads.SheetContent content = read(file);
        assertThat(content.problems()).extracting(XlsxProblem::toFieldError).extracting(FieldError::field).containsExactly(
                "付款明细!C2", "付款明细!A3", "付款明细!B3", "付款明细!F4", "付款明细!A4", "付款明细!B4", "付款明细!C4");
        assertThat(content.problems().get(0).reason()).isEqualTo("金额（元）: text ('一百元') where a number is expected");
        assertThat(content.problems().get(1).reason()).startsWith("凭证号: a number (1001) where text is expected");
        assertThat(content.problems().get(2).reason()).isEqualTo(
                "支付日期: '2021/03/01' is not a date (a date cell, or text written YYYY-MM-DD)");
        assertThat(content.problems().get(4).reason()).isEqualTo("凭证号: is required");
        assertThat(content.records()).extracting(XlsxRecord::row).containsExactly(6);
        assertThat(content.records().get(0).get("amount")).isEqualTo("5.5");
    }

    @Test
    void aMovedRenamedOrMergedHeaderIsOneErrorPerColumn() throws IOException {
        byte[] swapped = workbook(sheet -> header(sheet, "支付日期", "凭证号", "金额（元）", "摘要"));
        assertThat(read(swapped).problems()).extracting(XlsxProblem::reference).containsExactly("付款明细!A1", "付款明细!B1");
        assertThat(read(swapped).problems().get(0).reason()).startsWith("expected the column title '凭证号', found '支付日期'");

        byte[] merged = workbook(sheet -> {
            header(sheet, "凭证号", "", "金额（元）", "摘要");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        });
        assertThat(read(merged).problems()).extracting(XlsxProblem::reference, XlsxProblem::reason).contains(
                org.assertj.core.groups.Tuple.tuple("付款明细!A1",
                        "cells A1:B1 are merged in the header; unmerge them (a merged cell holds one value only)"));
        assertThat(read(merged).problems()).extracting(XlsxProblem::reference).contains("付款明细!B1");

        byte[] down = workbook(sheet -> {
            Row row = sheet.createRow(2);
            for (int i = 0; i < 4; i++) {
                row.createCell(i).setCellValue(PAYMENTS.columns().get(i).title());
            }
        });
        assertThat(read(down).problems()).extracting(XlsxProblem::reference).containsExactly("付款明细!A1");
    }

    @Test
    void aMissingOrEmptySheetIsNamed() throws IOException {
        byte[] other = workbook("Sheet1", sheet -> header(sheet, "凭证号"));
        assertThat(read(other).problems()).extracting(XlsxProblem::reference, XlsxProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("付款明细",
                        "the workbook has no sheet named '付款明细' (it has: Sheet1); use the template"));
        byte[] empty = workbook(sheet -> { });
        assertThat(read(empty).problems()).extracting(XlsxProblem::reference).containsExactly("付款明细!A1");
    }

    @Test
    void numbersAreReadFromTheirStoredDigitsAtExcelsPrecision() {
        assertThat(XlsxSheetReader.plainNumber("0.30000000000000004")).isEqualTo("0.3");
        assertThat(XlsxSheetReader.plainNumber("1.0E7")).isEqualTo("10000000");
        assertThat(XlsxSheetReader.plainNumber("125000")).isEqualTo("125000");
        assertThat(XlsxSheetReader.plainNumber("1E+999999")).isEqualTo("1E+999999");
        assertThat(XlsxSheetReader.columnLetters(0)).isEqualTo("A");
        assertThat(XlsxSheetReader.columnLetters(27)).isEqualTo("AB");
        assertThat(XlsxSheetReader.columnIndex("AB")).isEqualTo(27);
        assertThat(XlsxSheetReader.columnIndexOf("$AB$17")).isEqualTo(27);
        assertThat(XlsxSheetReader.columnIndexOf("C3")).isEqualTo(2);
    }

    @Test
    void whatIsNotAWorkbookIs422AndAnOversizedBody413() throws IOException {
        assertThat(status(() -> read("voucherNo,amount\nV1,10\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo(422);
        assertThat(status(() -> read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))).isEqualTo(422);
        assertThat(status(() -> read(new byte[0]))).isEqualTo(422);
        assertThat(status(() -> read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))).isEqualTo(422);
        byte[] big = new byte[1024 * 1024 + 1];
        assertThat(status(() -> UPLOADS.read(new ByteArrayInputStream(big), -1, PAYMENTS))).isEqualTo(413);
        assertThat(status(() -> UPLOADS.read(new ByteArrayInputStream(new byte[1]), 5_000_000, PAYMENTS))).isEqualTo(413);
    }

    @Test
    void aZipBombIsRefusedWithoutBeingExpanded() throws IOException {
        byte[] bomb = XlsxTestFiles.inflated(export(List.of(List.of("V1", LocalDate.of(2021, 1, 1), BigDecimal.TEN))),
                20 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("zip bomb").extracting(e -> ((ProblemException) e).status()).isEqualTo(422);
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.status();
        }
        return 200;
    }

    private static XlsxUploads.SheetContent read(byte[] file) {
        return UPLOADS.read(new ByteArrayInputStream(file), file.length, PAYMENTS);
    }

    private static byte[] export(List<List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PAYMENTS.write(out, rows);
        return out.toByteArray();
    }

    private static byte[] workbook(Consumer<Sheet> fill) throws IOException {
        return workbook("付款明细", fill);
    }

    private static byte[] workbook(String name, Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet(name));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }
}
