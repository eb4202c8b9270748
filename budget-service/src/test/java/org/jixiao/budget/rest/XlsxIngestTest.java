package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * XLSX in and out, next to CSV: the template, the round trip (export → import is the same data, all duplicates),
 * every class of error named by sheet, row and column with nothing stored, and what is not an XLSX.
 */
@QuarkusTest
class XlsxIngestTest extends ApiTest {
    private static final String BASE = "/api/v1/departments/XLSX-T/budgets/2021";
    private static final String OTHER_YEAR = "/api/v1/departments/XLSX-T/budgets/2022";
    private static final String XLSX = Workbooks.XLSX;
    private static boolean loaded;

    @BeforeEach
    void department() {
        if (loaded) {
            return;
        }
        loaded = true;
        given().contentType(ContentType.JSON).body("{\"code\": \"XLSX-T\", \"name\": \"表格导入测试局\"}")
                .post("/api/v1/departments").then().statusCode(201);
        for (String line : List.of("B-PERSONNEL", "P-2021-YW")) {
            given().contentType(ContentType.JSON).body("""
                    {"lineCode": "%s", "name": "%s", "category": "BASIC", "fundingSource": "MUNICIPAL", "initialAmount": 1000000}"""
                    .formatted(line, line)).post(BASE + "/lines").then().statusCode(201);
        }
    }

    @Test
    void paymentsGoRoundTripExportThenImportIsAllDuplicates() {
        byte[] template = get(BASE + "/expenditures/template.xlsx");
        assertThat(Workbooks.rows(template)).containsExactly(List.of("凭证号", "预算项目编码", "支付日期", "金额（元）", "摘要"));
        byte[] filled = Workbooks.fill(template,
                new Object[] {"RT-0001", "P-2021-YW", LocalDate.of(2021, 12, 20), new BigDecimal("125000.00"), "信息系统运维服务费（12月）"},
                new Object[] {"RT-0002", "B-PERSONNEL", LocalDate.of(2021, 12, 25), new BigDecimal("-1200.05"), null},
                new Object[] {"RT-0003", "B-PERSONNEL", "2021-03-01", new BigDecimal("0.10"), "text date, YYYY-MM-DD"});
        post(BASE + "/expenditures", filled).statusCode(200).body("accepted", equalTo(3)).body("duplicates", equalTo(0));
        given().queryParam("from", "2021-01-01").get(BASE + "/expenditures").then().statusCode(200)
                .body("items.findAll { it.voucherNo.startsWith('RT-') }.amount", contains(
                        new BigDecimal("125000.00"), new BigDecimal("-1200.05"), new BigDecimal("0.10")));

        byte[] export = get(BASE + "/expenditures.xlsx");
        List<List<String>> rows = Workbooks.rows(export);
        assertThat(rows.get(0)).containsExactly("凭证号", "预算项目编码", "支付日期", "金额（元）", "摘要");
        assertThat(rows).contains(List.of("RT-0001", "P-2021-YW", "2021-12-20", "125000.00", "信息系统运维服务费（12月）"),
                List.of("RT-0002", "B-PERSONNEL", "2021-12-25", "-1200.05"));
        long stored = stored(BASE);
        post(BASE + "/expenditures", export).statusCode(200).body("accepted", equalTo(0))
                .body("duplicates", equalTo((int) stored));
        assertThat(stored(BASE)).isEqualTo(stored);
    }

    @Test
    void budgetLinesGoRoundTripAndAChangedLineIsAnError() {
        byte[] filled = Workbooks.fill(get(OTHER_YEAR + "/lines/template.xlsx"),
                new Object[] {"B-2022", "基本支出", "BASIC", "MUNICIPAL", new BigDecimal("27628200.00")},
                new Object[] {"P-2022-YW", "2022年信息系统运行维护项目", "项目支出", "上年结转", new BigDecimal("1250000.50"), "XXJS"});
        post(OTHER_YEAR + "/lines", filled).statusCode(200).body("created", equalTo(2)).body("unchanged", equalTo(0));
        given().get(OTHER_YEAR + "/lines").then().statusCode(200)
                .body("items.find { it.lineCode == 'P-2022-YW' }.fundingSource", equalTo("CARRY_OVER"))
                .body("items.find { it.lineCode == 'P-2022-YW' }.initialAmount", equalTo(new BigDecimal("1250000.50")));

        byte[] export = get(OTHER_YEAR + "/lines.xlsx");
        assertThat(Workbooks.rows(export)).contains(
                List.of("P-2022-YW", "2022年信息系统运行维护项目", "PROJECT", "CARRY_OVER", "1250000.50", "XXJS"));
        post(OTHER_YEAR + "/lines", export).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));

        byte[] changed = Workbooks.fill(Workbooks.edit(export, s -> s.getRow(1).getCell(4).setCellValue(1.00)),
                new Object[] {"P-NEW", "新项目", "PROJECT", "MUNICIPAL", 10});
        post(OTHER_YEAR + "/lines", changed).statusCode(422)
                .body("errors.field", contains("预算项目!E2"))
                .body("errors[0].message", startsWith("年初预算数（元）: line B-2022 already exists for 2022 with other data"));
        post(OTHER_YEAR + "/lines", Workbooks.fill(get(OTHER_YEAR + "/lines/template.xlsx"),
                new Object[] {"X 1", "坏编码", "OTHERWISE", "MUNICIPAL", new BigDecimal("-5")},
                new Object[] {"P-DUP", "a", "BASIC", "MUNICIPAL", 1},
                new Object[] {"P-DUP", "a", "BASIC", "MUNICIPAL", 1})).statusCode(422)
                .body("errors.field", contains("预算项目!C2", "预算项目!E2", "预算项目!A2", "预算项目!A4"))
                .body("errors.message", contains("支出类别: 'OTHERWISE' is not one of BASIC (基本支出) or PROJECT (项目支出)",
                        "年初预算数（元）: must be greater than or equal to 0.00",
                        "预算项目编码: letters, digits, '-', '_' or '.' only",
                        "预算项目编码: line P-DUP appears more than once in this upload"));
        given().get(OTHER_YEAR + "/lines").then().body("total", equalTo(2));
    }

    @Test
    void everyErrorNamesSheetRowAndColumnAndNothingIsStored() {
        long before = stored(BASE);
        byte[] template = get(BASE + "/expenditures/template.xlsx");
        byte[] bad = Workbooks.fill(template,
                new Object[] {"E-1", "B-PERSONNEL", LocalDate.of(2021, 5, 1), new BigDecimal("10.00")},
                new Object[] {"E-2", "B-PERSONNEL", LocalDate.of(2021, 5, 1), "一百元"},
                new Object[] {"E-3", "NOPE", LocalDate.of(2021, 5, 1), 10},
                new Object[] {"E-4", "B-PERSONNEL", "2021年5月1日", 10},
                new Object[] {"E-5", "B-PERSONNEL", LocalDate.of(2022, 1, 1), new BigDecimal("1.234")},
                new Object[] {null, "B-PERSONNEL", LocalDate.of(2021, 5, 1), 10});
        post(BASE + "/expenditures", bad).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.field", contains("付款明细!D3", "付款明细!C5", "付款明细!A7", "付款明细!B4", "付款明细!C6", "付款明细!D6"))
                .body("errors.message", contains("金额（元）: text ('一百元') where a number is expected",
                        "支付日期: '2021年5月1日' is not a date (a date cell, or text written YYYY-MM-DD)",
                        "凭证号: is required",
                        "预算项目编码: unknown budget line 'NOPE' for fiscal year 2021",
                        "支付日期: 2022-01-01 is outside fiscal year 2021",
                        "金额（元）: must have at most 2 decimals (yuan)"));
        assertThat(stored(BASE)).isEqualTo(before);
    }

    @Test
    void aSheetFullOfErrorsListsTheFirstThousand() {
        // rows that differ as real ones do: 1,200 identical rows compress more than 100x, which the zip-bomb guard refuses
        Object[][] rows = new Object[1200][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {java.util.UUID.randomUUID().toString(), "B-PERSONNEL", LocalDate.of(2021, 1 + i % 12, 1 + i % 28),
                    i == 0 ? "十元" : "第" + i + "笔", java.util.UUID.randomUUID().toString()};
        }
        post(BASE + "/expenditures", Workbooks.fill(get(BASE + "/expenditures/template.xlsx"), rows)).statusCode(422)
                .body("errors", org.hamcrest.Matchers.hasSize(1000))
                .body("detail", startsWith("1200 problem(s) in the workbook (the first 1000 are listed); nothing was stored: "
                        + "付款明细!D2 金额（元）: text ('十元') where a number is expected"));
        given().get(BASE + "/expenditures").then().body("items.voucherNo", org.hamcrest.Matchers.not(hasItem(rows[0][0])));
    }

    @Test
    void aMovedOrMergedHeaderAndAnEmptySheetAreNamed() {
        byte[] template = get(BASE + "/expenditures/template.xlsx");
        Object[] row = {"H-1", "B-PERSONNEL", LocalDate.of(2021, 5, 1), 10};
        byte[] swapped = Workbooks.sheet("付款明细", new Object[] {"预算项目编码", "凭证号", "支付日期", "金额（元）", "摘要"}, row);
        post(BASE + "/expenditures", swapped).statusCode(422).body("errors.field", contains("付款明细!A1", "付款明细!B1"))
                .body("errors[0].message", startsWith("expected the column title '凭证号', found '预算项目编码'"));
        byte[] merged = Workbooks.edit(Workbooks.fill(template, row), s -> {
            s.getRow(0).getCell(1).setBlank();
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        });
        post(BASE + "/expenditures", merged).statusCode(422).body("errors.field", hasItem("付款明细!A1"))
                .body("errors.message", hasItem(startsWith("cells A1:B1 are merged in the header")));
        post(BASE + "/expenditures", template).statusCode(422).body("errors.field", contains("付款明细!2:2"))
                .body("errors[0].message", equalTo("the sheet has no data rows below the header"));
        post(BASE + "/expenditures", Workbooks.sheet("Sheet1", new Object[] {"凭证号"})).statusCode(422)
                .body("errors.field", contains("付款明细"));
    }

    @Test
    void aVoucherTwiceInTheFileIsADuplicateOrAConflictAtItsCell() {
        byte[] template = get(BASE + "/expenditures/template.xlsx");
        long before = stored(BASE);
        post(BASE + "/expenditures", Workbooks.fill(template,
                new Object[] {"D-1", "B-PERSONNEL", LocalDate.of(2021, 7, 1), 10},
                new Object[] {"D-2", "B-PERSONNEL", LocalDate.of(2021, 7, 1), 10},
                new Object[] {"D-1", "B-PERSONNEL", LocalDate.of(2021, 7, 1), 99})).statusCode(409)
                .body("errors.field", contains("付款明细!A4"))
                .body("errors[0].message", equalTo("凭证号: voucher D-1 appears earlier in this batch with different content"));
        assertThat(stored(BASE)).isEqualTo(before);
        post(BASE + "/expenditures", Workbooks.fill(template,
                new Object[] {"D-1", "B-PERSONNEL", LocalDate.of(2021, 7, 1), 10},
                new Object[] {"D-1", "B-PERSONNEL", LocalDate.of(2021, 7, 1), 10})).statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1));
        post(BASE + "/expenditures", Workbooks.fill(template,
                new Object[] {"D-3", "B-PERSONNEL", LocalDate.of(2021, 7, 1), 10},
                new Object[] {"D-1", "B-PERSONNEL", LocalDate.of(2021, 7, 2), 10})).statusCode(409)
                .body("errors.field", contains("付款明细!A3"));
    }

    @Test
    void whatIsNotAnXlsxIs415Or422NeverA500() {
        long before = stored(BASE);
        byte[] valid = Workbooks.fill(get(BASE + "/expenditures/template.xlsx"),
                new Object[] {"Z-1", "B-PERSONNEL", LocalDate.of(2021, 8, 1), 10});
        given().contentType("application/zip").body(valid).post(BASE + "/expenditures").then().statusCode(415)
                .contentType("application/problem+json");
        for (byte[] body : List.of("voucherNo,lineCode\nV,L\n".getBytes(), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1},
                new byte[0], java.util.Arrays.copyOf(valid, valid.length / 2), Workbooks.zipBomb(valid))) {
            post(BASE + "/expenditures", body).statusCode(422).contentType("application/problem+json")
                    .body("detail", startsWith("not a valid XLSX"));
            post(BASE + "/lines", body).statusCode(422); // the bomb's sheet is not the lines sheet: never even opened
        }
        post(BASE + "/expenditures", Workbooks.zipBomb(valid)).body("detail", containsString("zip bomb"));
        assertThat(stored(BASE)).isEqualTo(before);
    }

    private static byte[] get(String path) {
        return given().get(path).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", startsWith("attachment; filename=")).extract().asByteArray();
    }

    private static ValidatableResponse post(String path, byte[] workbook) {
        return given().contentType(XLSX).body(workbook).post(path).then();
    }

    private static long stored(String base) {
        return given().get(base + "/expenditures").then().statusCode(200).extract().jsonPath().getLong("total");
    }

}
