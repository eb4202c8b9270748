package org.jixiao.report.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The city board over real HTTP: budget-service's departments (the recorded list: GZ-XFJ), evaluation-service's
 * deadlines and progress for 2030 (stubbed here), this service's own reports.
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class BoardApiTest {
    private static boolean reportsMade;

    @BeforeEach
    void aCityIn2030() {
        PeersWireMock.server.stubFor(get(urlPathEqualTo("/api/v1/cycles/2030")).willReturn(json("""
                {"year": 2030, "targets": "2030-03-31", "monitoring": {"06-30": "2030-07-15"},
                 "selfEvaluation": "2031-03-31", "report": "2031-04-30"}""")));
        PeersWireMock.server.stubFor(get(urlPathEqualTo("/api/v1/cycles/2030/departments")).willReturn(json("""
                {"year": 2030, "departments": [
                  {"department": "GZ-XFJ", "targets": {"status": "APPROVED", "doneAt": "2030-04-02T01:00:00Z",
                     "deadline": "2030-03-31", "timeliness": "LATE"},
                   "monitoring": [],
                   "evaluation": {"id": 7, "status": "SUBMITTED", "total": 88.00, "grade": "良",
                     "submittedAt": "2030-12-01T01:00:00Z", "deadline": "2031-03-31", "timeliness": "ON_TIME"}}]}""")));
        if (!reportsMade) {
            reportsMade = true;
            given().contentType(ContentType.JSON).body(Map.of("department", "GZ-XFJ", "year", 2030, "evaluationId", 7))
                    .post("/api/v1/reports").then().statusCode(201);
            // a department budget-service no longer lists: still on the board
            given().contentType(ContentType.JSON).body(Map.of("department", "GZ-GONE", "year", 2030, "evaluationId", 8))
                    .post("/api/v1/reports").then().statusCode(201);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void everyDepartmentWithWhatIsDoneAndWhatIsLate() {
        JsonPath board = given().get("/api/v1/board/2030").then().statusCode(200).extract().jsonPath();
        assertThat(board.getList("departments.items.department")).containsExactly("GZ-GONE", "GZ-XFJ");
        String xfj = "departments.items.find { it.department == 'GZ-XFJ' }";
        assertThat(board.getString(xfj + ".name")).isEqualTo("广州市信访局");
        assertThat(board.getString(xfj + ".targets.timeliness")).isEqualTo("LATE");
        assertThat(board.getString(xfj + ".evaluation.status")).isEqualTo("SUBMITTED");
        assertThat(board.getString(xfj + ".grade")).isEqualTo("良");
        assertThat(board.getString(xfj + ".report.status")).isEqualTo("DRAFT");
        assertThat(board.getString(xfj + ".report.timeliness")).isEqualTo("OPEN");
        assertThat(board.getList(xfj + ".monitoring.timeliness")).containsExactly("OPEN");
        assertThat(board.getList(xfj + ".late")).containsExactly("绩效目标");
        assertThat(board.getInt("summary.departments")).isEqualTo(2);
        assertThat(board.getInt("summary.late")).isEqualTo(1);
        assertThat(board.getInt("summary.evaluationsSubmitted")).isEqualTo(1);
        assertThat(board.getMap("summary.grades")).containsEntry("良", 1).containsEntry("未评", 1);

        given().queryParam("late", "true").get("/api/v1/board/2030").then().statusCode(200)
                .body("departments.items.department", contains("GZ-XFJ")).body("departments.total", equalTo(1))
                .body("summary.departments", equalTo(2));
        given().queryParam("grade", "未评").get("/api/v1/board/2030").then().body("departments.items.department", contains("GZ-GONE"));
        given().queryParam("evaluationStatus", "NONE").get("/api/v1/board/2030").then().body("departments.items.department", contains("GZ-GONE"));
        given().queryParam("department", "信访").get("/api/v1/board/2030").then().body("departments.items.department", contains("GZ-XFJ"));
        given().queryParam("size", 1).queryParam("page", 1).get("/api/v1/board/2030").then()
                .body("departments.items.department", contains("GZ-XFJ")).body("departments.total", equalTo(2));
    }

    @Test
    void badFiltersAre400AndOnlyFinanceAndAuditorsSeeTheBoard() {
        for (Map.Entry<String, String> bad : Map.of("late", "maybe", "grade", "甲", "evaluationStatus", "LOST", "size", "0").entrySet()) {
            given().queryParam(bad.getKey(), bad.getValue()).get("/api/v1/board/2030").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains(bad.getKey()));
        }
        given().get("/api/v1/board/1999").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).get("/api/v1/board/2030").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-XFJ"))).get("/api/v1/board/2030").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-XFJ"))).get("/api/v1/board/2030.xlsx").then().statusCode(403);
        given().header("Authorization", org.jixiao.platform.testing.AuthenticatedRestAssured.NO_TOKEN).get("/api/v1/board/2030").then()
                .statusCode(401);
    }

    @Test
    void theBoardAsCsvAndXlsxForExcel() throws Exception {
        byte[] csv = given().queryParam("late", "true").get("/api/v1/board/2030.csv").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", equalTo("attachment; filename=\"board-2030.csv\""))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF部门编码,部门名称,绩效目标,目标申报,绩效监控 06-30,监控报送 06-30,自评状态");
        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith("GZ-XFJ,广州市信访局,APPROVED,LATE,,OPEN,SUBMITTED")
                .contains(",88.00,良,DRAFT,OPEN,,绩效目标");
        byte[] xlsx = given().get("/api/v1/board/2030.xlsx").then().statusCode(200).contentType(BoardResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("绩效管理进度");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门编码");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            var xfj = sheet.getRow(2);
            assertThat(xfj.getCell(0).getStringCellValue()).isEqualTo("GZ-XFJ");
            assertThat(xfj.getCell(8).getNumericCellValue()).isEqualTo(88.00);
        }
    }
}
