package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.report.service.TableFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET …/versions/{v}/tables and …/tables/{table}: the model version's department table and project XXH's table, in
 * each format with its content type and file name; unknown tables and formats are problems naming the parameter.
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class TablesApiTest {
    private static long report;
    private static String base;

    @BeforeEach
    void version() {
        if (report != 0) {
            return;
        }
        report = ReportApiTest.modelReport();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/reports/" + report + "/versions").then().statusCode(201)
                .body("findings.rule", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("PROJECT-TABLE"))));
        base = "/api/v1/reports/" + report + "/versions/1/tables";
    }

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void theVersionListsTheDepartmentTableAndOnePerProject() {
        given().get(base).then().statusCode(200).body("key", contains("department", "project-XXH"))
                .body("title", contains("2021年度广州市信访局部门整体支出绩效自评表", "2021年度项目支出绩效自评表（2019年信息化建设项目）"))
                .body("[1].formats.xlsx", equalTo(base + "/project-XXH?format=xlsx"));
    }

    @Test
    void eachTableInEachFormat() throws Exception {
        Response xlsx = given().queryParam("format", "xlsx").get(base + "/project-XXH");
        xlsx.then().statusCode(200).contentType(TableFormat.XLSX_TYPE)
                .header("Content-Disposition", "attachment; filename=\"report-" + report + "-v1-table-project-XXH.xlsx\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("2019年信息化建设项目");
        }
        Response docx = given().accept(ReportApiTest.DOCX).get(base + "/department");
        docx.then().statusCode(200).contentType(ReportApiTest.DOCX)
                .header("Content-Disposition", "attachment; filename=\"report-" + report + "-v1-table-department.docx\"");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()))) {
            assertThat(d.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("广州市信访局");
        }
        Response pdf = given().queryParam("format", "pdf").get(base + "/project-XXH");
        pdf.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"report-" + report + "-v1-table-project-XXH.pdf\"");
        try (PDDocument d = Loader.loadPDF(pdf.asByteArray())) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", "")).contains("2019年信息化建设项目", "186.00", "100.00%");
        }
        // no Accept and no format: the spreadsheet
        given().get(base + "/department").then().statusCode(200).contentType(TableFormat.XLSX_TYPE);
    }

    /** The project evaluations are fetched like every peer answer: down → 503 with Retry-After, 403 → 403, 404 → 422. */
    @Test
    void aFailingProjectRequestEndsTheVersionLikeAnyPeerRequest() {
        long id = ReportApiTest.modelReport();
        String versions = "/api/v1/reports/" + id + "/versions";
        StubMapping list = PeersWireMock.server.stubFor(get(urlPathEqualTo("/api/v1/evaluations")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "9").withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 503, \"title\": \"Service Unavailable\"}")));
        try {
            given().contentType(ContentType.JSON).body("{}").post(versions).then().statusCode(503).header("Retry-After", "9")
                    .contentType("application/problem+json");
            PeersWireMock.server.editStub(get(urlPathEqualTo("/api/v1/evaluations")).atPriority(1).withId(list.getId())
                    .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"status\": 403, \"title\": \"Forbidden\"}")));
            given().contentType(ContentType.JSON).body("{}").post(versions).then().statusCode(403).contentType("application/problem+json");
        } finally {
            PeersWireMock.server.removeStub(list);
        }
        StubMapping result = PeersWireMock.server.stubFor(get(urlPathEqualTo("/api/v1/evaluations/2/result")).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 404, \"title\": \"Not Found\"}")));
        try {
            given().contentType(ContentType.JSON).body("{}").post(versions).then().statusCode(422).contentType("application/problem+json")
                    .body("detail", containsString("project evaluation 2"));
        } finally {
            PeersWireMock.server.removeStub(result);
        }
        given().get(versions).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void unknownTablesAndFormatsAreProblemsNamingTheParameter() {
        given().queryParam("format", "xlsx").get(base + "/project-NOPE").then().statusCode(404).contentType("application/problem+json")
                .body("errors.field", contains("table"));
        given().queryParam("format", "xlsx").get(base + "/x" + "y".repeat(100)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("table"));
        given().queryParam("format", "odt").get(base + "/department").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("format"));
        given().get("/api/v1/reports/" + report + "/versions/99/tables").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/reports/" + report + "/versions/x/tables/department").then().statusCode(400)
                .body("errors.field", contains("v"));
    }
}
