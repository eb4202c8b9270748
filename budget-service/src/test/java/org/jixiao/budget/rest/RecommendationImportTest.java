package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jixiao.platform.testing.Contracts;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Results application (结果应用) in next year's budget: the 2031 table exactly as evaluation-service exported it
 * (contracts/evaluation-service/recommendations-2031.csv and .xlsx, written by its RecommendationApiTest) imported for
 * budget year 2032, and each 2032 line showing the advice that applies with its check against 2031.
 */
@QuarkusTest
class RecommendationImportTest extends ApiTest {
    private static final String PATH = "/api/v1/budgets/2032/recommendations";
    private static boolean loaded;

    private static byte[] fixture(String extension) {
        try {
            return Files.readAllBytes(Contracts.folder().resolve("evaluation-service").resolve("recommendations-2031." + extension));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv() {
        return new String(fixture("csv"), StandardCharsets.UTF_8);
    }

    private static void line(String department, int year, String lineCode, String category, String amount, String projectKey) {
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "%s", "name": "%s", "category": "%s", "fundingSource": "MUNICIPAL", "initialAmount": %s%s}"""
                .formatted(lineCode, lineCode, category, amount, projectKey == null ? "" : ", \"projectKey\": \"" + projectKey + "\""))
                .post("/api/v1/departments/" + department + "/budgets/" + year + "/lines").then().statusCode(201);
    }

    /** RA-A and RA-B with their 2031 lines and next year's (2032) initial budget. */
    private static synchronized void budgets() {
        if (loaded) {
            return;
        }
        for (String code : List.of("RA-A", "RA-B")) {
            given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"name\": \"结果应用测试" + code + "\"}")
                    .post("/api/v1/departments").then().statusCode(201);
        }
        line("RA-A", 2031, "B-RA", "BASIC", "1000000.00", null);
        line("RA-A", 2031, "P-XXH", "PROJECT", "500000.00", "XXH");
        line("RA-A", 2032, "B-RA", "BASIC", "1200000.00", null);
        line("RA-A", 2032, "P-XXH", "PROJECT", "100000.00", "XXH");
        line("RA-A", 2032, "P-NEW", "PROJECT", "300000.00", "NEW");
        line("RA-B", 2031, "B-RB", "BASIC", "1000000.00", null);
        line("RA-B", 2031, "B-RC", "BASIC", "200000.00", null);
        line("RA-B", 2032, "B-RB", "BASIC", "950000.00", null);
        line("RA-B", 2032, "B-RC", "BASIC", "180000.00", null);
        loaded = true;
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }

    private static JsonPath importCsv(String body, int status) {
        return given().contentType("text/csv; charset=UTF-8").body(body).post(PATH).then().statusCode(status).extract().jsonPath();
    }

    private static List<String> stored() {
        return given().get(PATH).then().statusCode(200).extract().jsonPath().getList("items.wording");
    }

    @Test
    void theExportedTableImportsOnceAndEachLineShowsTheAdviceThatApplies() {
        budgets();
        JsonPath first = importCsv(csv(), 200);
        assertThat(first.getInt("rows")).isEqualTo(3);
        assertThat(first.getInt("departments")).isEqualTo(2);
        assertThat(first.getInt("projects")).isEqualTo(1);
        // the same table again, as CSV or as the workbook: nothing changes
        assertThat(importCsv(csv(), 200).getBoolean("changed")).isFalse();
        given().contentType(Workbooks.XLSX).body(fixture("xlsx")).post(PATH).then().statusCode(200)
                .body("changed", equalTo(false)).body("rows", equalTo(3));

        given().get(PATH).then().statusCode(200).body("total", equalTo(3))
                .body("items.department", contains("RA-A", "RA-A", "RA-B"))
                .body("items.projectKey", contains(null, "XXH", null))
                .body("items.wording", contains("优先保障", "取消", "核减10%"))
                .body("items.basis", contains("SELF", "SELF", "FINANCE_REVIEW"))
                .body("items[0].evaluationYear", equalTo(2031)).body("items[0].filed", equalTo(true));

        JsonPath a = given().get("/api/v1/departments/RA-A/budgets/2032/lines").then().statusCode(200).extract().jsonPath();
        assertThat(a.getList("items.lineCode")).containsExactly("B-RA", "P-NEW", "P-XXH");
        // B-RA: the department's 优先保障, no ceiling
        assertThat(a.getString("items[0].recommendation.appliesTo")).isEqualTo("DEPARTMENT");
        assertThat(a.getString("items[0].recommendation.action")).isEqualTo("PRIORITY");
        assertThat(a.getString("items[0].recommendation.grade")).isEqualTo("优");
        assertThat(a.getString("items[0].recommendation.allowedBudget")).isNull();
        assertThat(a.getString("items[0].recommendation.exceeds")).isNull();
        assertThat(a.getDouble("items[0].recommendation.previousBudget")).isEqualTo(1000000.00);
        // P-NEW: a project without advice of its own takes the department's; no line of it last year
        assertThat(a.getString("items[1].recommendation.appliesTo")).isEqualTo("DEPARTMENT");
        assertThat(a.getString("items[1].recommendation.previousBudget")).isNull();
        // P-XXH: its project was 差, 取消: anything above 0 exceeds
        assertThat(a.getString("items[2].recommendation.appliesTo")).isEqualTo("PROJECT");
        assertThat(a.getString("items[2].recommendation.projectKey")).isEqualTo("XXH");
        assertThat(a.getString("items[2].recommendation.wording")).isEqualTo("取消");
        assertThat(a.getString("items[2].recommendation.grade")).isEqualTo("差");
        assertThat(a.getDouble("items[2].recommendation.previousBudget")).isEqualTo(500000.00);
        assertThat(a.getDouble("items[2].recommendation.allowedBudget")).isEqualTo(0.0);
        assertThat(a.getBoolean("items[2].recommendation.exceeds")).isTrue();

        // RA-B: finance's 中, 核减10%: 950,000 is not 10 % below 1,000,000; 180,000 is exactly 10 % below 200,000
        JsonPath b = given().get("/api/v1/departments/RA-B/budgets/2032/lines").then().statusCode(200).extract().jsonPath();
        assertThat(b.getString("items[0].recommendation.wording")).isEqualTo("核减10%");
        assertThat(b.getString("items[0].recommendation.basis")).isEqualTo("FINANCE_REVIEW");
        assertThat(b.getDouble("items[0].recommendation.allowedBudget")).isEqualTo(900000.00);
        assertThat(b.getBoolean("items[0].recommendation.exceeds")).isTrue();
        assertThat(b.getDouble("items[1].recommendation.allowedBudget")).isEqualTo(180000.00);
        assertThat(b.getBoolean("items[1].recommendation.exceeds")).isFalse();
        // last year's lines have no advice of their own
        given().get("/api/v1/departments/RA-B/budgets/2031/lines").then().statusCode(200)
                .body("items[0].recommendation", nullValue());

        // a second, different table replaces the year's set; the exported one restores it
        String keep = csv().lines().filter(l -> l.startsWith("department") || l.startsWith("\uFEFFdepartment") || l.startsWith("RA-B"))
                .map(l -> l.replace(",中,69.60,CUT,10,核减10%,", ",良,85.00,KEEP,,保障,")).reduce("", (x, y) -> x + y + "\r\n");
        JsonPath replaced = importCsv(keep, 200);
        assertThat(replaced.getBoolean("changed")).isTrue();
        assertThat(replaced.getInt("replaced")).isEqualTo(3);
        assertThat(stored()).containsExactly("保障");
        given().get("/api/v1/departments/RA-B/budgets/2032/lines").then()
                .body("items[0].recommendation.allowedBudget", equalTo(new java.math.BigDecimal("1000000.00")))
                .body("items[0].recommendation.exceeds", equalTo(false));
        assertThat(importCsv(csv(), 200).getBoolean("changed")).isTrue();
        assertThat(stored()).containsExactly("优先保障", "取消", "核减10%");

        given().queryParam("entity", "budget-recommendation-batch").get("/api/v1/audit").then().statusCode(200)
                .body("items.entityId", hasItem("2032")).body("items.action", hasItem("import"));
    }

    /** The exported workbook with one cell typed over (a new cell: POI would keep an inline string's old text). */
    private static byte[] retyped(int row, int column, String text) {
        return Workbooks.edit(fixture("xlsx"), sheet -> {
            sheet.getRow(row).removeCell(sheet.getRow(row).getCell(column));
            sheet.getRow(row).createCell(column).setCellValue(text);
        });
    }

    @Test
    void aBadRowIsNamedByRowAndColumnAndNothingIsStored() {
        budgets();
        importCsv(csv(), 200);
        // CSV: row index from 0 and the column key
        String bad = csv().replace("RA-A,XXH,2019年信息化建设项目,2031,差,44.08,CANCEL,100,取消",
                "RA-A,XXH,2019年信息化建设项目,2031,差,44.08,削减,100,取消");
        JsonPath problem = importCsv(bad.replace("RA-B,,", "RA-X,,"), 400);
        assertThat(problem.getList("errors.index")).containsExactly(1, 2);
        assertThat(problem.getList("errors.field")).containsExactly("action", "department");
        assertThat(problem.getString("errors[0].message")).contains("'削减' is not one of PRIORITY");
        assertThat(problem.getString("errors[1].message")).contains("no department RA-X");
        // a cut where the action has none, a cut out of range, a table of the wrong year
        importCsv(csv().replace(",PRIORITY,,", ",PRIORITY,5,"), 400).getList("errors.field").contains("cutPercent");
        assertThat(importCsv(csv().replace(",CUT,10,", ",CUT,0,"), 400).getList("errors.field")).containsExactly("cutPercent");
        assertThat(given().contentType("text/csv; charset=UTF-8").body(csv()).post("/api/v1/budgets/2033/recommendations").then().statusCode(400)
                .extract().jsonPath().getList("errors.field")).containsExactly("year", "year", "year");
        // the same department twice
        String twice = csv() + csv().lines().filter(l -> l.startsWith("RA-B")).findFirst().orElseThrow() + "\r\n";
        assertThat(importCsv(twice, 400).getList("errors.index")).containsExactly(3);
        // a header without the grade
        importCsv(csv().replaceFirst(",grade,", ",level,"), 400);

        // XLSX: the cell (sheet!column row) and the column's title
        byte[] workbook = retyped(2, 6, "削减");
        given().contentType(Workbooks.XLSX).body(workbook).post(PATH).then().statusCode(422)
                .body("errors.field", contains("结果应用!G3"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("预算安排建议: '削减' is not one of"));
        byte[] text = retyped(1, 5, "九十三");
        given().contentType(Workbooks.XLSX).body(text).post(PATH).then().statusCode(422)
                .body("errors.field", contains("结果应用!F2"));
        assertThat(stored()).containsExactly("优先保障", "取消", "核减10%");
    }

    @Test
    void financeImportsAuditorsReadEverythingADepartmentItsOwn() {
        budgets();
        importCsv(csv(), 200);
        for (String token : List.of(TestTokens.department("RA-A"), TestTokens.auditor(), TestTokens.thirdParty("RA-A"))) {
            as(token).contentType("text/csv").body(csv()).post(PATH).then().statusCode(403);
            as(token).contentType(Workbooks.XLSX).body(fixture("xlsx")).post(PATH).then().statusCode(403);
        }
        as(TestTokens.auditor()).get(PATH).then().statusCode(200).body("total", equalTo(3));
        as(TestTokens.department("RA-A")).get(PATH).then().statusCode(200).body("items.department", contains("RA-A", "RA-A"));
        as(TestTokens.department("RA-A")).queryParam("department", "RA-B").get(PATH).then().statusCode(403);
        as(TestTokens.thirdParty("RA-A")).get(PATH).then().statusCode(403);
        as(TestTokens.department("RA-A")).get("/api/v1/departments/RA-A/budgets/2032/lines").then().statusCode(200)
                .body("items[0].recommendation.wording", equalTo("优先保障"));
        given().queryParam("entity", "budget-recommendation").queryParam("outcome", "REFUSED").get("/api/v1/audit").then()
                .statusCode(200);
    }
}
