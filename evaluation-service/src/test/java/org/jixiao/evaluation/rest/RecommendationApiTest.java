package org.jixiao.evaluation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Results application (结果应用) from stored results: RA-A's self-evaluation (优, filed) and its project XXH (差, so
 * cancelled), RA-B's self-evaluation (优) overridden by finance's re-evaluation. Year 2031, which no other test uses,
 * so the year's table holds exactly these three rows; its CSV and XLSX are the fixtures budget-service's import test
 * reads (contracts/evaluation-service/recommendations-2031.*, rewritten with -Djixiao.contracts.record=true).
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class RecommendationApiTest extends ApiTest {
    static final int YEAR = 2031;
    static final String A = "RA-A";
    static final String B = "RA-B";
    static final List<String> KEYS = List.of("department", "projectKey", "subject", "year", "grade", "total", "action",
            "cutPercent", "wording", "basis", "evaluationId", "filed");
    private static final int EVALUATION_ID = KEYS.indexOf("evaluationId");
    private static Map<String, Long> ids;

    /** The model department's budget answers under another code and year 2031. */
    private static void stubBudget(String department) {
        for (Contract c : Contracts.sentBy("evaluation-service", "budget-service")) {
            String path = c.request().resolvedPath().replace(MODEL_DEPARTMENT, department).replace("/2021/", "/" + YEAR + "/");
            String scope = c.request().query() == null ? null : c.request().query().get("scope");
            MappingBuilder stub = scope == null ? get(urlPathEqualTo(path))
                    : get(urlPathEqualTo(path)).withQueryParam("scope", equalTo(scope));
            BudgetServiceMock.server.stubFor(stub.willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody(c.response().body().toString().replace(MODEL_DEPARTMENT, department))));
        }
    }

    private static long evaluation(String department, String kind) {
        return given().contentType(ContentType.JSON).body("""
                {"framework": "DEPT-OVERALL", "department": "%s", "year": %d, "kind": "%s"}""".formatted(department, YEAR, kind))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void score(long id) {
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200);
    }

    /** Project XXH's approved targets for 2031 (declared by an earlier run of this test, or now). */
    private static void approvedProjectTargets(String department) {
        List<Integer> existing = given().queryParam("department", department).queryParam("year", YEAR)
                .get("/api/v1/targets").then().statusCode(200).extract().jsonPath().getList("items.id");
        if (!existing.isEmpty()) {
            return;
        }
        String body = """
                {"department": "%s", "year": %d, "scope": "PROJECT", "projectKey": "XXH", "projectName": "2019年信息化建设项目",
                 "goal": "完成信访信息系统升级改造，提升群众网上信访办理效率", "indicators": %s}"""
                .formatted(department, YEAR, TargetApiTest.indicators("186"));
        long id = given().contentType(ContentType.JSON).body(body).post("/api/v1/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().post("/api/v1/targets/" + id + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"grade\": \"GOOD\", \"comment\": \"目标明确\"}")
                .post("/api/v1/targets/" + id + "/review").then().statusCode(200);
    }

    /** The three subjects scored once per run (later runs add newer evaluations with the same results). */
    private static synchronized Map<String, Long> scored() {
        if (ids != null) {
            return ids;
        }
        stubBudget(A);
        stubBudget(B);
        long a = evaluation(A, "SELF");
        enterModelInputs(a);
        score(a);
        given().post("/api/v1/evaluations/" + a + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"decision\": \"ACCEPT\"}").post("/api/v1/evaluations/" + a + "/review")
                .then().statusCode(200);
        given().post("/api/v1/evaluations/" + a + "/file").then().statusCode(200);

        approvedProjectTargets(A);
        long project = given().contentType(ContentType.JSON).body("""
                {"framework": "PROJECT-TARGETS", "department": "%s", "year": %d, "kind": "SELF", "projectKey": "XXH"}"""
                .formatted(A, YEAR)).post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        // far below every target: 10 (money spent) + 4 + 7.58 + 7.50 + 5 + 6.67 + 3.33 = 44.08, 差
        Map.of("I1", 1, "I2", 50, "I3", 24, "I4", 372, "I5", 30, "I6", 30).forEach((code, actual) ->
                given().contentType(ContentType.JSON).body("{\"actual\": " + actual + "}")
                        .put("/api/v1/evaluations/" + project + "/indicators/" + code).then().statusCode(200));
        score(project);

        long b = evaluation(B, "SELF");
        enterModelInputs(b);
        score(b);
        // finance's re-evaluation: the key tasks only, management left unentered
        long review = evaluation(B, "FINANCE_REVIEW");
        given().contentType(ContentType.JSON).body(demo("tasks.json")).put("/api/v1/evaluations/" + review + "/tasks")
                .then().statusCode(200);
        score(review);
        ids = Map.of("A", a, "project", project, "B", b, "review", review);
        return ids;
    }

    private static JsonPath result(long id) {
        return given().get("/api/v1/evaluations/" + id + "/result").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachDepartmentAndProjectGetsTheAdviceOfItsFinalStoredResult() {
        Map<String, Long> id = scored();
        JsonPath self = result(id.get("A"));
        JsonPath project = result(id.get("project"));
        JsonPath review = result(id.get("review"));
        assertThat(self.getString("grade")).isEqualTo("优");
        assertThat(project.getString("grade")).isEqualTo("差");
        // 19.60 (execution, from the budget) + 50 (key tasks) with management left unentered
        assertThat(review.getDouble("total")).isEqualTo(69.60);
        assertThat(review.getString("grade")).isEqualTo("中");
        // each result states the advice the table below gives its subject: a project graded 差 is cancelled
        assertThat(self.getString("recommendation")).isEqualTo("优先保障：下年度预算优先安排");
        assertThat(project.getString("recommendation")).isEqualTo("取消：下年度原则上不再安排");
        assertThat(review.getString("recommendation")).isEqualTo("核减10%：下年度预算在本年度基础上核减10%");

        JsonPath page = given().queryParam("year", YEAR).get("/api/v1/recommendations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getList("items.department")).containsExactly(A, A, B);
        assertThat(page.getList("items.projectKey")).containsExactly(null, "XXH", null);

        // RA-A as a whole: its self-evaluation, filed, 优 → 优先保障 (no ceiling)
        assertThat(page.getString("items[0].subject")).isEqualTo("部门整体支出");
        assertThat(page.getInt("items[0].year")).isEqualTo(YEAR);
        assertThat(page.getString("items[0].basis")).isEqualTo("SELF");
        assertThat(page.getLong("items[0].evaluationId")).isEqualTo(id.get("A"));
        assertThat(page.getDouble("items[0].total")).isEqualTo(self.getDouble("total")).isEqualTo(93.16);
        assertThat(page.getString("items[0].grade")).isEqualTo("优");
        assertThat(page.getString("items[0].action")).isEqualTo("PRIORITY");
        assertThat(page.getString("items[0].cutPercent")).isNull();
        assertThat(page.getString("items[0].wording")).isEqualTo("优先保障");
        assertThat(page.getBoolean("items[0].filed")).isTrue();

        // its project XXH: 差 → a project is cancelled (a department would be cut by 30 %)
        assertThat(page.getString("items[1].subject")).isEqualTo("2019年信息化建设项目");
        assertThat(page.getLong("items[1].evaluationId")).isEqualTo(id.get("project"));
        assertThat(page.getDouble("items[1].total")).isEqualTo(project.getDouble("total")).isEqualTo(44.08);
        assertThat(page.getString("items[1].action")).isEqualTo("CANCEL");
        assertThat(page.getInt("items[1].cutPercent")).isEqualTo(100);
        assertThat(page.getString("items[1].wording")).isEqualTo("取消");
        assertThat(page.getBoolean("items[1].filed")).isFalse();

        // RA-B: finance's re-evaluation overrides the self-evaluation's 优
        assertThat(page.getString("items[2].basis")).isEqualTo("FINANCE_REVIEW");
        assertThat(page.getLong("items[2].evaluationId")).isEqualTo(id.get("review"));
        assertThat(page.getDouble("items[2].total")).isEqualTo(review.getDouble("total"));
        assertThat(page.getString("items[2].grade")).isEqualTo(review.getString("grade"));
        assertThat(page.getString("items[2].action")).isEqualTo("CUT");
        assertThat(page.getInt("items[2].cutPercent")).isEqualTo(10);
        assertThat(page.getString("items[2].wording")).isEqualTo("核减10%");

        // paged, deterministic; one department
        given().queryParam("year", YEAR).queryParam("size", 2).queryParam("page", 1).get("/api/v1/recommendations").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(3))
                .body("items.department", org.hamcrest.Matchers.contains(B));
        given().queryParam("year", YEAR).queryParam("department", B).get("/api/v1/recommendations").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
        given().get("/api/v1/recommendations").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("year"));
        given().queryParam("year", "1999").get("/api/v1/recommendations").then().statusCode(400);
    }

    @Test
    void financeAndAuditorsReadEveryRowADepartmentItsOwn() {
        scored();
        for (String token : List.of(TestTokens.finance(), TestTokens.auditor())) {
            TargetApiTest.as(token).queryParam("year", YEAR).get("/api/v1/recommendations").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(3));
        }
        TargetApiTest.as(TestTokens.department(A)).queryParam("year", YEAR).get("/api/v1/recommendations").then()
                .statusCode(200).body("items.department", org.hamcrest.Matchers.contains(A, A));
        TargetApiTest.as(TestTokens.department(A)).queryParam("year", YEAR).queryParam("department", B)
                .get("/api/v1/recommendations").then().statusCode(403);
        String csv = TargetApiTest.as(TestTokens.department(B)).queryParam("year", YEAR).get("/api/v1/recommendations.csv")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1).toList()).hasSize(1).allMatch(l -> l.startsWith(B + ","));
        TargetApiTest.as(TestTokens.thirdParty(A)).queryParam("year", YEAR).get("/api/v1/recommendations").then().statusCode(403);
        TargetApiTest.as(TestTokens.thirdParty(A)).queryParam("year", YEAR).get("/api/v1/recommendations.xlsx").then().statusCode(403);
    }

    @Test
    void csvAndXlsxCarryTheSameRowsUnderTheImportsColumnKeysAndTitles() throws Exception {
        Map<String, Long> id = scored();
        byte[] csvBytes = given().queryParam("year", YEAR).get("/api/v1/recommendations.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", KEYS));
        assertThat(lines.get(1)).isEqualTo("RA-A,,部门整体支出,2031,优,93.16,PRIORITY,,优先保障,SELF," + id.get("A") + ",是");
        assertThat(lines.get(2)).isEqualTo("RA-A,XXH,2019年信息化建设项目,2031,差,44.08,CANCEL,100,取消,SELF," + id.get("project") + ",否");
        assertThat(lines.get(3)).isEqualTo("RA-B,,部门整体支出,2031,中,69.60,CUT,10,核减10%,FINANCE_REVIEW," + id.get("review") + ",否");

        byte[] xlsxBytes = given().queryParam("year", YEAR).get("/api/v1/recommendations.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        List<List<String>> sheet = cells(xlsxBytes);
        assertThat(sheet.get(0)).containsExactly("部门编码", "项目标识", "评价对象", "评价年度", "评价等级", "评价得分",
                "预算安排建议", "核减比例（%）", "结果应用意见", "评价依据", "评价编号", "是否备案");
        // the workbook holds what the CSV holds, numbers as number cells
        for (int r = 1; r < lines.size(); r++) {
            assertThat(sheet.get(r)).as("row %d", r + 1).isEqualTo(Arrays.asList(lines.get(r).split(",", -1)));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes))) {
            assertThat(workbook.getSheet("结果应用").getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }

        fixture("recommendations-" + YEAR + ".csv", csvBytes, () -> lines.stream().map(RecommendationApiTest::withoutId).toList(),
                stored -> new String(stored, StandardCharsets.UTF_8).substring(1).lines().map(RecommendationApiTest::withoutId).toList());
        fixture("recommendations-" + YEAR + ".xlsx", xlsxBytes, () -> withoutIds(sheet), stored -> withoutIds(cells(stored)));
    }

    /** Checks the fixture budget-service imports against this export (ids aside), or writes it when recording or absent. */
    private static void fixture(String name, byte[] exported, java.util.function.Supplier<List<?>> now,
                                ThrowingFunction<byte[], List<?>> content) throws Exception {
        Path file = Contracts.folder().resolve("evaluation-service").resolve(name);
        if (Boolean.getBoolean(Contracts.RECORD_PROPERTY) || !Files.exists(file)) {
            Files.write(file, exported);
        } else {
            assertThat(content.apply(Files.readAllBytes(file))).as(file + ": re-record it (contracts/README.md)")
                    .isEqualTo(now.get());
        }
    }

    interface ThrowingFunction<T, R> {
        R apply(T t) throws Exception;
    }

    private static String withoutId(String line) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        if (cells.size() > EVALUATION_ID && cells.get(EVALUATION_ID).matches("[0-9]+")) {
            cells.set(EVALUATION_ID, "ID");
        }
        return String.join(",", cells);
    }

    private static List<String> withoutIds(List<List<String>> rows) {
        return rows.stream().map(r -> withoutId(String.join(",", r))).toList();
    }

    /** Every row's cells as text: numbers as their plain decimals (93.16, 100), empty cells empty. */
    static List<List<String>> cells(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("结果应用");
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < KEYS.size(); c++) {
                    Cell cell = row.getCell(c);
                    // a score prints 2 decimals (69.60), a percent as written (100)
                    values.add(cell == null ? "" : cell.getCellType() != CellType.NUMERIC ? cell.getStringCellValue()
                            : c == KEYS.indexOf("total") ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2).toPlainString()
                            : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
