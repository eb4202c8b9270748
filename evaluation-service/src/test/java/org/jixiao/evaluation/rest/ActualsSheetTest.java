package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Year-end actuals in Excel: the workbook exported for an evaluation from approved targets is filled in and imported
 * back all-or-nothing; every problem names its cell.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class ActualsSheetTest extends ApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static XSSFWorkbook export(long id) throws Exception {
        byte[] bytes = given().get("/api/v1/evaluations/" + id + "/actuals.xlsx").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("evaluation-" + id + "-actuals.xlsx")).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static io.restassured.response.ValidatableResponse put(long id, byte[] body) {
        return given().contentType(XLSX).body(body).put("/api/v1/evaluations/" + id + "/actuals").then();
    }

    /** Column H (实际完成值) of the indicator rows 2…7 filled in; I2 short of its target, with cause and remedy. */
    private static void fillIn(Sheet sheet) {
        double[] actuals = {5, 98.5, 11, 186, 92.4, 95};
        for (int i = 0; i < actuals.length; i++) {
            typed(sheet, i + 1, 7, actuals[i]);
        }
        typed(sheet, 2, 10, "系统升级期间停机维护");
        typed(sheet, 2, 11, "升级改在夜间窗口进行");
    }

    @Test
    void actualsGoOutAndComeBackThroughExcel() throws Exception {
        stubModelBudget("XLS-A");
        EvaluationFromTargetsTest.approvedProjectTargets("XLS-A");
        long id = EvaluationFromTargetsTest.openProjectEvaluation("XLS-A", 201).getLong("id");
        byte[] filled;
        try (XSSFWorkbook workbook = export(id)) {
            Sheet sheet = workbook.getSheet("实际完成值");
            Row header = sheet.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(7).getStringCellValue()))
                    .containsExactly("指标编号", "三级指标", "年度指标值", "实际完成值");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("I2");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("质量指标");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("≥99");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(15.0);
            fillIn(sheet);
            filled = bytes(workbook);
        }
        put(id, filled).statusCode(200).body("entered", equalTo(6));
        given().get("/api/v1/evaluations/" + id).then().body("inputs.I2.actual.toString()", equalTo("98.5"))
                .body("inputs.I2.cause", equalTo("系统升级期间停机维护"));
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200).body("total.toString()", equalTo("99.92"));
        // the round trip: what was entered comes back in the same cells, and importing it again changes nothing
        try (XSSFWorkbook again = export(id)) {
            assertThat(again.getSheet("实际完成值").getRow(2).getCell(7).getNumericCellValue()).isEqualTo(98.5);
            assertThat(again.getSheet("实际完成值").getRow(2).getCell(10).getStringCellValue()).isEqualTo("系统升级期间停机维护");
            put(id, bytes(again)).statusCode(200).body("entered", equalTo(6));
        }
        given().get("/api/v1/evaluations/" + id).then().body("inputs.I2.actual.toString()", equalTo("98.5"));
    }

    @Test
    void everyProblemNamesItsCellAndNothingIsStored() throws Exception {
        stubModelBudget("XLS-B");
        EvaluationFromTargetsTest.approvedProjectTargets("XLS-B");
        long id = EvaluationFromTargetsTest.openProjectEvaluation("XLS-B", 201).getLong("id");
        byte[] bad;
        try (XSSFWorkbook workbook = export(id)) {
            Sheet sheet = workbook.getSheet("实际完成值");
            fillIn(sheet);
            typed(sheet, 1, 7, "完成");                // text where the figure is due
            typed(sheet, 3, 3, "项目完成时间（改）");      // a row moved or renamed
            typed(sheet, 4, 0, "I9");                      // no such indicator
            typed(sheet, 6, 8, "基本达成");              // not a tier
            bad = bytes(workbook);
        }
        put(id, bad).statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("实际完成值!H2", "实际完成值!D4", "实际完成值!A5", "实际完成值!I7"))
                .body("errors[0].message", containsString("text ('完成') where a number is expected"));
        given().get("/api/v1/evaluations/" + id).then().body("inputs.I2", nullValue()).body("inputs.I1", nullValue());
        // not a workbook; not this media type
        given().contentType(XLSX).body("voucherNo,amount\n1,2\n".getBytes()).put("/api/v1/evaluations/" + id + "/actuals")
                .then().statusCode(422).body("detail", containsString("XLSX"));
        given().contentType("text/csv").body("a,b").put("/api/v1/evaluations/" + id + "/actuals").then().statusCode(415);
        // an auditor reads the sheet, never enters it
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).get("/api/v1/evaluations/" + id + "/actuals.xlsx")
                .then().statusCode(200);
        try (XSSFWorkbook workbook = export(id)) {
            given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).contentType(XLSX).body(bytes(workbook))
                    .put("/api/v1/evaluations/" + id + "/actuals").then().statusCode(403);
        }
        // another department neither reads nor enters it
        try (XSSFWorkbook workbook = export(id)) {
            given().header("Authorization", TestTokens.bearer(TestTokens.department("XLS-OTHER"))).contentType(XLSX)
                    .body(bytes(workbook)).put("/api/v1/evaluations/" + id + "/actuals").then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer(TestTokens.department("XLS-OTHER")))
                .get("/api/v1/evaluations/" + id + "/actuals.xlsx").then().statusCode(403);
        // the model's management indicators (TIERED) are a sheet too
        stubModelBudget("XLS-M");
        long department = createEvaluation("XLS-M", "SELF");
        try (XSSFWorkbook workbook = export(department)) {
            Sheet sheet = workbook.getSheet("实际完成值");
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
            typed(sheet, 1, 8, "达成");
            typed(sheet, 1, 9, 1);
            put(department, bytes(workbook)).statusCode(200).body("entered", equalTo(1));
        }
        given().get("/api/v1/evaluations/" + department).then().body("inputs.SYSTEMS.tier", equalTo("ACHIEVED"));
    }

    /** A cell typed over as Excel saves it: a new cell (a number, or text as a shared string), not an edit of the old one. */
    static void typed(Sheet sheet, int row, int column, Object value) {
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(row);
        if (r.getCell(column) != null) {
            r.removeCell(r.getCell(column));
        }
        if (value instanceof Number n) {
            r.createCell(column).setCellValue(n.doubleValue());
        } else {
            r.createCell(column).setCellValue(value.toString());
        }
    }
}
