package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.jixiao.platform.testing.AccessMatrix;
import org.jixiao.platform.testing.AccessMatrix.Operation;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every role against every operation (docs/security.md): finance does everything; a department reads its own data
 * and sets its own spending plan; an auditor reads everything and writes nothing; a third party reads the departments
 * assigned to it; another department's data is a 403, and so is a department claim naming no department.
 */
@QuarkusTest
class AccessTest extends ApiTest {
    private static final String A = "/api/v1/departments/ACC-A";
    private static final String YEAR = A + "/budgets/2021";
    private static final AccessMatrix.Callers CALLERS = AccessMatrix.Callers.standard("ACC-A", "ACC-B");
    private static final String FINANCE_ONLY = "403 403 403 403 403 403 403 403".replaceFirst("403", "201");
    private static final String XLSX_AS_TEXT = Workbooks.XLSX + "; charset=ISO-8859-1";
    private static final Object[] PAYMENT_HEADER = {"凭证号", "预算项目编码", "支付日期", "金额（元）", "摘要"};
    private static final Object[] LINE_HEADER = {"预算项目编码", "预算项目名称", "支出类别", "资金来源", "年初预算数（元）", "项目标识"};
    private static boolean loaded;

    private static String bytesAsText(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void departments() {
        if (loaded) {
            return;
        }
        for (String code : List.of("ACC-A", "ACC-B")) {
            given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"name\": \"部门" + code + "\"}")
                    .post("/api/v1/departments").then().statusCode(201);
            given().contentType(ContentType.JSON).body("""
                    {"lineCode": "L1", "name": "基本支出", "category": "BASIC", "fundingSource": "MUNICIPAL", "initialAmount": 1000000, "projectKey": "PRJ"}""")
                    .post("/api/v1/departments/" + code + "/budgets/2021/lines").then().statusCode(201);
            given().contentType(ContentType.JSON).body("""
                    [{"voucherNo": "V-0", "lineCode": "L1", "paidOn": "2021-03-01", "amount": 1000.00}]""")
                    .post("/api/v1/departments/" + code + "/budgets/2021/expenditures").then().statusCode(200);
        }
        loaded = true;
    }

    @Test
    void everyRoleAgainstEveryOperation() {
        io.restassured.config.RestAssuredConfig config = io.restassured.RestAssured.config;
        // the workbook travels as text with ISO-8859-1, which maps every byte to one character and back
        io.restassured.RestAssured.config = config.encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                .encodeContentTypeAs(Workbooks.XLSX, ContentType.TEXT));
        try {
            matrix();
        } finally {
            io.restassured.RestAssured.config = config;
        }
    }

    private void matrix() {
        List<String> mismatches = new AccessMatrix(dataSource, CALLERS).run(List.of(
                Operation.write("create department", "POST", "/api/v1/departments",
                        n -> "{\"code\": \"ACC-N" + n + "\", \"name\": \"新部门\"}", FINANCE_ONLY),
                Operation.read("list departments", "/api/v1/departments", "200 200 200 200 200 200 403 200"),
                Operation.read("read department", A, AccessMatrix.READ_OWN),
                Operation.write("update department", "PUT", A, n -> "{\"name\": \"部门ACC-A\"}", FINANCE_ONLY.replace("201", "200")),
                Operation.write("create line", "POST", YEAR + "/lines", n -> """
                        {"lineCode": "L-%d", "name": "项目", "category": "PROJECT", "fundingSource": "MUNICIPAL", "initialAmount": 10}"""
                        .formatted(n), FINANCE_ONLY),
                Operation.read("list lines", YEAR + "/lines", AccessMatrix.READ_OWN),
                Operation.write("adjust line", "POST", YEAR + "/lines/L1/adjustments", n -> """
                        {"amount": 1.00, "effectiveDate": "2021-06-01", "reason": "追加", "documentNo": "穗财-%d"}""".formatted(n),
                        FINANCE_ONLY),
                Operation.write("set spending plan", "PUT", YEAR + "/plan",
                        n -> "{\"cumulativePercent\": [5,10,20,30,40,50,60,70,80,90,95,100]}", "200 200 403 403 403 403 403 403"),
                Operation.read("read spending plan", YEAR + "/plan", AccessMatrix.READ_OWN),
                Operation.write("record payments", "POST", YEAR + "/expenditures", n -> """
                        [{"voucherNo": "V-%d", "lineCode": "L1", "paidOn": "2021-03-02", "amount": 1.00}]""".formatted(n),
                        FINANCE_ONLY.replace("201", "200")),
                new Operation("record payments (CSV)", "POST", YEAR + "/expenditures", "text/csv",
                        n -> "voucherNo,lineCode,paidOn,amount,description\nC-" + n + ",L1,2021-03-03,1.00,x\n",
                        FINANCE_ONLY.replace("201", "200")),
                // the matrix sends text bodies: a workbook's bytes travel as ISO-8859-1 characters, one per byte
                new Operation("record payments (XLSX)", "POST", YEAR + "/expenditures", XLSX_AS_TEXT,
                        n -> bytesAsText(Workbooks.sheet("付款明细", PAYMENT_HEADER,
                                new Object[] {"X-" + n, "L1", java.time.LocalDate.of(2021, 3, 4), 1})),
                        FINANCE_ONLY.replace("201", "200")),
                new Operation("import lines (XLSX)", "POST", YEAR + "/lines", XLSX_AS_TEXT,
                        n -> bytesAsText(Workbooks.sheet("预算项目", LINE_HEADER,
                                new Object[] {"XL-" + n, "项目", "PROJECT", "MUNICIPAL", 10})),
                        FINANCE_ONLY.replace("201", "200")),
                Operation.read("payment template (XLSX)", YEAR + "/expenditures/template.xlsx", AccessMatrix.READ_OWN),
                Operation.read("payments as XLSX", YEAR + "/expenditures.xlsx", AccessMatrix.READ_OWN),
                Operation.read("line template (XLSX)", YEAR + "/lines/template.xlsx", AccessMatrix.READ_OWN),
                Operation.read("lines as XLSX", YEAR + "/lines.xlsx", AccessMatrix.READ_OWN),
                Operation.read("list payments", YEAR + "/expenditures", AccessMatrix.READ_OWN),
                Operation.read("execution", YEAR + "/execution", AccessMatrix.READ_OWN),
                Operation.read("project execution", YEAR + "/projects/PRJ/execution", AccessMatrix.READ_OWN),
                Operation.read("city ranking", "/api/v1/budgets/2021/ranking", "200 200 200 200 200 200 403 200"),
                Operation.read("city warnings", "/api/v1/budgets/2021/warnings", "200 200 200 200 200 200 403 200"),
                Operation.read("audit trail", "/api/v1/audit", AccessMatrix.FINANCE_AND_AUDITOR)));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aDepartmentsListsShowOnlyItsOwnItems() {
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-A"))).queryParam("size", 1000)
                .get("/api/v1/departments").then().statusCode(200).body("items.code", contains("ACC-A")).body("total", equalTo(1));
        given().header("Authorization", TestTokens.bearer(TestTokens.thirdParty("ACC-A", "ACC-B", "NO-SUCH-DEPT")))
                .get("/api/v1/departments").then().statusCode(200).body("items.code", contains("ACC-A", "ACC-B"));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("NO-SUCH-DEPT")))
                .get("/api/v1/departments").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).queryParam("size", 1000)
                .get("/api/v1/departments").then().statusCode(200).body("items.code", hasItems("ACC-A", "ACC-B"));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-A")))
                .queryParam("asOf", "2021-12-31").get("/api/v1/budgets/2021/warnings")
                .then().statusCode(200).body("departments.department", everyItem(equalTo("ACC-A")));
    }

    @Test
    void anotherDepartmentsDataAndAnUnknownOneLookTheSame() {
        String other = given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-A")))
                .get("/api/v1/departments/ACC-B").then().statusCode(403).contentType("application/problem+json")
                .extract().path("detail");
        String unknown = given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-A")))
                .get("/api/v1/departments/ACC-ZZZ").then().statusCode(403).extract().path("detail");
        assertThat(unknown.replace("ACC-ZZZ", "ACC-B")).isEqualTo(other);
    }

    @Test
    void writesAndRefusalsAreInTheAuditTrail() {
        given().contentType(ContentType.JSON).body("{\"name\": \"改名\"}").put("/api/v1/departments/ACC-B").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"name\": \"部门ACC-B\"}").put("/api/v1/departments/ACC-B").then().statusCode(200);
        given().queryParam("entity", "department").queryParam("entityId", "ACC-B").queryParam("outcome", "DONE").get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].subject", equalTo("test-finance"))
                .body("items[0].roles", contains("finance"))
                .body("items[0].action", equalTo("update"))
                .body("items[0].operation", equalTo("PUT /api/v1/departments/ACC-B"))
                .body("items[0].before", org.hamcrest.Matchers.containsString("改名"))
                .body("items[0].after", org.hamcrest.Matchers.containsString("部门ACC-B"));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ACC-A"))).contentType(ContentType.JSON)
                .body("{\"name\": \"夺取\"}").put("/api/v1/departments/ACC-B").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor()))
                .queryParam("subject", "test-department-ACC-A").queryParam("outcome", "REFUSED").get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].operation", equalTo("PUT /api/v1/departments/ACC-B"))
                .body("items[0].departments", contains("ACC-A"));
        given().queryParam("from", "2999-01-01").get("/api/v1/audit").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
