package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A project's targets in Excel (sheet 绩效指标): template, export, fill in, import back all-or-nothing. */
@QuarkusTest
class TargetSheetTest extends ApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static XSSFWorkbook get(String path) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(given().get(path).then().statusCode(200).contentType(XLSX).extract().asByteArray()));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Test
    void targetsGoOutAndComeBackThroughExcel() throws Exception {
        try (XSSFWorkbook template = get("/api/v1/targets/template.xlsx")) {
            Sheet sheet = template.getSheet("绩效指标");
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("指标值");
        }
        long id = TargetApiTest.create("SHEET-A");
        byte[] edited;
        try (XSSFWorkbook workbook = get("/api/v1/targets/" + id + "/indicators.xlsx")) {
            Sheet sheet = workbook.getSheet("绩效指标");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("成本指标");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("经济成本指标");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("≤");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("130");
            ActualsSheetTest.typed(sheet, 4, 4, "120");
            edited = bytes(workbook);
        }
        given().contentType(XLSX).body(edited).put("/api/v1/targets/" + id + "/indicators").then().statusCode(200)
                .body("indicators[3].value", equalTo(120)).body("status", equalTo("DRAFT"));
        // the round trip: exported again, imported again, unchanged
        try (XSSFWorkbook again = get("/api/v1/targets/" + id + "/indicators.xlsx")) {
            given().contentType(XLSX).body(bytes(again)).put("/api/v1/targets/" + id + "/indicators").then().statusCode(200)
                    .body("indicators.name", hasItem("群众满意度")).body("indicators[3].value", equalTo(120));
        }
    }

    @Test
    void everyProblemNamesItsCellAndNothingIsStored() throws Exception {
        long id = TargetApiTest.create("SHEET-B");
        byte[] bad;
        try (XSSFWorkbook workbook = get("/api/v1/targets/" + id + "/indicators.xlsx")) {
            Sheet sheet = workbook.getSheet("绩效指标");
            ActualsSheetTest.typed(sheet, 1, 4, "完成");          // text where ≥ needs a number
            ActualsSheetTest.typed(sheet, 2, 3, "大于");          // not a nature
            ActualsSheetTest.typed(sheet, 4, 1, "社会效益指标");  // not under 成本指标
            bad = bytes(workbook);
        }
        given().contentType(XLSX).body(bad).put("/api/v1/targets/" + id + "/indicators").then().statusCode(422)
                .body("errors.field", contains("绩效指标!E2", "绩效指标!D3", "绩效指标!B5"))
                .body("errors[0].message", containsString("a number is due for 指标性质 ≥ (got '完成')"));
        // read, the weights must add up to 90 and a ≥ indicator needs its unit
        try (XSSFWorkbook workbook = get("/api/v1/targets/" + id + "/indicators.xlsx")) {
            Sheet sheet = workbook.getSheet("绩效指标");
            ActualsSheetTest.typed(sheet, 1, 6, 25);
            sheet.getRow(2).removeCell(sheet.getRow(2).getCell(5));
            bad = bytes(workbook);
        }
        given().contentType(XLSX).body(bad).put("/api/v1/targets/" + id + "/indicators").then().statusCode(422)
                .body("errors.field", contains("绩效指标!F3", "绩效指标")).body("errors[1].message", containsString("add up to 95"));
        given().get("/api/v1/targets/" + id).then().body("indicators[0].value", equalTo(5)).body("indicators[0].weight", equalTo(20));
        // an approved set changes by an adjustment; a department's key tasks are not this sheet
        long approved = TargetApiTest.inState("SHEET-B", "APPROVED");
        given().contentType(XLSX).body(bad).put("/api/v1/targets/" + approved + "/indicators").then().statusCode(409);
        long department = given().contentType(ContentType.JSON).body(TargetApiTest.departmentTargets("SHEET-B", 2023))
                .post("/api/v1/targets").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(XLSX).body(bad).put("/api/v1/targets/" + department + "/indicators").then().statusCode(422)
                .body("errors.field", contains("scope"));
    }
}
