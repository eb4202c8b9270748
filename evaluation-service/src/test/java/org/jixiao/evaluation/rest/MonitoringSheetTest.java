package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A checkpoint's monitoring report in Excel (sheet 绩效运行监控): exported, filled in, recorded, exported again. */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class MonitoringSheetTest extends ApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static XSSFWorkbook export(MonitoringApiTest.ProjectSet set) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(given().get(set.path("2022-06-30") + "/sheet.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray()));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** 截至目前完成值 (F) and 全年预计完成值 (G) of the six indicators; 群众信访事项网上办理率 expected 85 of 90, explained. */
    private static void fillIn(Sheet sheet) {
        double[][] values = {{3, 5}, {99.5, 99.5}, {6, 12}, {62, 128}, {82, 85}, {91, 92}};
        for (int i = 0; i < values.length; i++) {
            ActualsSheetTest.typed(sheet, i + 1, 5, values[i][0]);
            ActualsSheetTest.typed(sheet, i + 1, 6, values[i][1]);
        }
        ActualsSheetTest.typed(sheet, 5, 10, "部分区级信访系统尚未完成对接");
        ActualsSheetTest.typed(sheet, 5, 11, "9月底前完成11个区的系统对接");
    }

    @Test
    void aCheckpointGoesOutAndComesBackThroughExcel() throws Exception {
        MonitoringApiTest.ProjectSet set = MonitoringApiTest.approvedProject("MSHEET-A");
        MonitoringApiTest.stubProject("MSHEET-A", set.projectKey(), "45.00", "50.00");
        byte[] filled;
        try (XSSFWorkbook workbook = export(set)) {
            Sheet sheet = workbook.getSheet("绩效运行监控");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("系统功能模块上线数");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("≥5");
            fillIn(sheet);
            filled = bytes(workbook);
        }
        given().contentType(XLSX).body(filled).put(set.path("2022-06-30")).then().statusCode(200)
                .body("status", equalTo("YELLOW")).body("indicators[4].expectedYearEnd.toString()", equalTo("85"))
                .body("indicators[4].remedy", equalTo("9月底前完成11个区的系统对接"));
        try (XSSFWorkbook again = export(set)) {
            Sheet sheet = again.getSheet("绩效运行监控");
            assertThat(sheet.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(85.0);
            assertThat(sheet.getRow(5).getCell(10).getStringCellValue()).isEqualTo("部分区级信访系统尚未完成对接");
            given().contentType(XLSX).body(bytes(again)).put(set.path("2022-06-30")).then().statusCode(200)
                    .body("status", equalTo("YELLOW"));
        }
    }

    @Test
    void everyProblemNamesItsCellAndNothingIsStored() throws Exception {
        MonitoringApiTest.ProjectSet set = MonitoringApiTest.approvedProject("MSHEET-B");
        MonitoringApiTest.stubProject("MSHEET-B", set.projectKey(), "45.00", "50.00");
        byte[] bad;
        try (XSSFWorkbook workbook = export(set)) {
            Sheet sheet = workbook.getSheet("绩效运行监控");
            fillIn(sheet);
            ActualsSheetTest.typed(sheet, 1, 6, "完成");
            bad = bytes(workbook);
        }
        given().contentType(XLSX).body(bad).put(set.path("2022-06-30")).then().statusCode(422)
                .body("errors.field", contains("绩效运行监控!G2"));
        try (XSSFWorkbook workbook = export(set)) {
            Sheet sheet = workbook.getSheet("绩效运行监控");
            fillIn(sheet);
            ActualsSheetTest.typed(sheet, 3, 1, 9);        // no 9th indicator
            bad = bytes(workbook);
        }
        given().contentType(XLSX).body(bad).put(set.path("2022-06-30")).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("绩效运行监控!B4"));
        given().get(set.path("2022-06-30")).then().statusCode(404);
        try (XSSFWorkbook workbook = export(set)) {
            fillIn(workbook.getSheet("绩效运行监控"));
            given().contentType(XLSX).body(bytes(workbook)).put(set.path("2022-07-31")).then().statusCode(422)
                    .body("errors[0].message", containsString("checkpoint"));
        }
    }
}
