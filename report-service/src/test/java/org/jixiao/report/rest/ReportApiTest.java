package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.report.domain.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class ReportApiTest {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    static long createReport(String department, long evaluationId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("department", department, "year", 2021, "evaluationId", evaluationId))
                .post("/api/v1/reports").then().statusCode(201).header("Location", notNullValue())
                .extract().jsonPath().getLong("id");
    }

    static void putSection(long id, String key, String text) {
        given().contentType(ContentType.JSON).body(Map.of("text", text)).put("/api/v1/reports/" + id + "/sections/" + key)
                .then().statusCode(200).body("key", equalTo(key));
    }

    static long modelReport() {
        long id = createReport("GZ-XFJ", 1);
        Fixtures.narrativeJson().fields().forEachRemaining(e -> putSection(id, e.getKey(), e.getValue().asText()));
        return id;
    }

    @Test
    void reportsAreCreatedListedAndValidated() {
        long id = createReport("GZ-XFJ", 1);
        given().get("/api/v1/reports/" + id).then().statusCode(200).body("department", equalTo("GZ-XFJ"))
                .body("year", equalTo(2021)).body("sections.annualWork.label", equalTo("年度总体工作和重点工作任务"))
                .body("versions", empty());
        given().queryParam("department", "GZ-XFJ").queryParam("year", 2021).queryParam("size", 1).get("/api/v1/reports")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("department", "", "year", 1999))
                .post("/api/v1/reports").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItems("department", "year", "evaluationId"))
                .body(not(containsString("Exception")));
        given().get("/api/v1/reports/999999").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not Found"));
    }

    @Test
    void sectionsBindKnownPlaceholdersOnly() {
        long id = createReport("GZ-XFJ", 1);
        given().contentType(ContentType.JSON).body(Map.of("text", "支出 {{execution.total.spent}} 万元，排名第{{ranking.rank}}名"))
                .put("/api/v1/reports/" + id + "/sections/performanceManagement").then().statusCode(200)
                .body("placeholders", hasItems("execution.total.spent", "ranking.rank"));
        given().contentType(ContentType.JSON).body(Map.of("text", "x"))
                .put("/api/v1/reports/" + id + "/sections/budgetTable").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "支出 {{execution.total.spend}} 万元"))
                .put("/api/v1/reports/" + id + "/sections/achievements").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text")).body("errors[0].message", containsString("{{execution.total.spend}}"));
    }

    @Test
    void theModelReportVersionRendersInEveryFormatAndPublishes() throws Exception {
        long id = modelReport();
        var created = given().contentType(ContentType.JSON).body("{}").post("/api/v1/reports/" + id + "/versions").then().statusCode(201)
                .body("version", equalTo(1)).body("asOf", equalTo("2021-12-31")).body("status", equalTo("DRAFT"))
                .body("contentHash", matchesPattern("[0-9a-f]{64}")).body("findings", empty())
                .extract().jsonPath();
        String hash = created.getString("contentHash");
        String base = "/api/v1/reports/" + id + "/versions/1";

        given().accept(ContentType.JSON).get(base).then().statusCode(200)
                .body("title", equalTo("2021年度广州市信访局部门整体支出绩效自评报告"))
                .body("snapshot.executionMunicipal.total.spent", notNullValue())
                .body("snapshot.ranking.departments.find { it.department == 'GZ-XFJ' }.rank", equalTo(6))
                .body("document.blocks.text", hasItem(containsString("支出进度全市排名第 6 名")));
        String html = given().accept("text/html").get(base).then().statusCode(200).contentType(containsString("text/html"))
                .header("ETag", "\"" + hash + "\"").header("Content-Disposition", nullValue())
                .extract().asString();
        assertThat(html).contains("<h2>一、基本情况</h2>", "3834.35", "<th>履职效能评分</th>", hash);
        String md = given().queryParam("format", "markdown").get(base).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"report-" + id + "-v1.md\"")
                .contentType(containsString("text/markdown")).extract().asString();
        assertThat(md).contains("## 二、综合评价分析", "自评结果为93.16分", "| 任务内容 | 任务绩效目标 | 目标完成情况 | 履职效能评分 |");

        byte[] pdf = given().accept("application/pdf").get(base).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"report-" + id + "-v1.pdf\"")
                .extract().asByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "").replaceAll("—\\d+—", ""); // without page numbers
            assertThat(text).contains("2021年度广州市信访局部门整体支出绩效自评报告", "全年预算3834.35万元，其中财政拨款3664.35万元、其他资金170.00万元", "市本级财政拨款年度预算3664.35万元",
                    "支出3661.45万元", "基本支出2760.38万元，预算完成率99.91%", "项目支出901.08万元，预算完成率99.95%", "整体预算完成率99.92%",
                    "排名第6名", "自评结果为93.16分", "管理效能自评分43.16分", "履职效能评分为50分", "项目年度预算901.53万元", "99.66%以上");
        }
        byte[] docx = given().queryParam("format", "docx").get(base).then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", "attachment; filename=\"report-" + id + "-v1.docx\"")
                .extract().asByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(d)) {
            // the first chart's numbers, the 2020 rectification items (the recorded contract), the second chart's numbers,
            // the task table, then the appendix (附件): the department's table and project XXH's
            assertThat(d.getTables()).hasSize(6);
            assertThat(d.getTables().get(1).getRow(0).getCell(0).getText()).isEqualTo("存在问题");
            assertThat(d.getTables().get(3).getRow(3).getCell(3).getText()).isEqualTo("14");
            assertThat(d.getTables().get(5).getRow(0).getCell(1).getText()).isEqualTo("2019年信息化建设项目");
            assertThat(ex.getText()).contains("支出进度全市排名第 6 名", "涉及一般公共预算支出 3831.45 万元");
        }
        given().get(base + "/findings").then().statusCode(200).body("$", empty());
        given().queryParam("format", "xls").get(base).then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/reports/" + id + "/versions/9").then().statusCode(404).contentType("application/problem+json");

        // same data and narrative: same hash, new version number
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + id + "/versions").then().statusCode(201)
                .body("version", equalTo(2)).body("contentHash", equalTo(hash));

        given().post(base + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        given().get("/api/v1/reports/" + id).then().body("versions.status", contains("PUBLISHED", "DRAFT"));
    }

    @Test
    void aContradictingFigureIsFatalAndBlocksPublishing() {
        long id = modelReport();
        putSection(id, "achievements", "全年项目支出预算完成率 99.00%，接待厅安全性100%。");
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + id + "/versions").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("fatalCount", equalTo(1)).body("warningCount", equalTo(1))
                .body("findings.rule", hasItems("NARRATIVE-CONTRADICTION", "UNBOUND-FIGURE"));
        given().get("/api/v1/reports/" + id + "/versions/1/findings").then().statusCode(200)
                .body("find { it.rule == 'NARRATIVE-CONTRADICTION' }.severity", equalTo("FATAL"))
                .body("find { it.rule == 'NARRATIVE-CONTRADICTION' }.figures.value", hasItems("99.00%", "99.95%"));
        given().post("/api/v1/reports/" + id + "/versions/1/publish").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("NARRATIVE-CONTRADICTION")).body("findings.severity", hasItem("FATAL"));
    }

    @Test
    void aPeerDownGives503WithRetryAfter() {
        long down = createReport("GZ-DOWN", 1);
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + down + "/versions").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "7")
                .body("detail", containsString("budget-service")).body(not(containsString("Exception")));
        long evalDown = createReport("GZ-XFJ", 503);
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + evalDown + "/versions").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("evaluation-service"));
        long notScored = createReport("GZ-XFJ", 404);
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + notScored + "/versions").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("evaluation 404"));
        given().get("/api/v1/reports/" + down).then().body("versions", empty());
    }

    @Test
    void theDatabaseRefusesToChangeAVersion() throws Exception {
        long id = modelReport();
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + id + "/versions").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update report_version set content_hash = repeat('0', 64), findings = '[]' where report_id = " + id))
                    .hasMessageContaining("immutable");
            assertThatThrownBy(() -> s.executeUpdate("delete from report_version where report_id = " + id))
                    .hasMessageContaining("immutable");
        }
    }

    @Test
    void cataloguesAreReadable() {
        given().get("/api/v1/placeholders").then().statusCode(200)
                .body("pattern", hasItems("execution.total.{field}", "ranking.rank", "score.node.{code}", "score.grade"));
        given().get("/api/v1/rules").then().statusCode(200)
                .body("id", hasItems("SUM-CATEGORIES", "RATE-DERIVED", "NARRATIVE-CONTRADICTION", "UNBOUND-FIGURE", "STALE-EVALUATION"))
                .body("find { it.id == 'UNBOUND-FIGURE' }.severity", equalTo("WARNING"));
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("GZ-XFJ"));
    }
}
