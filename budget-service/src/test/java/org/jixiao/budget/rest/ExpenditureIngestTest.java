package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpenditureIngestTest extends ApiTest {
    private static final String DEPT = "INGEST";
    private static final String BASE = "/api/v1/departments/" + DEPT + "/budgets/2021";

    private static boolean loaded;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void department() {
        if (loaded) {
            return;
        }
        loaded = true;
        given().contentType(ContentType.JSON).body("""
                {"code": "INGEST", "name": "批量导入测试局", "divisions": ["办公室"], "functions": []}""")
                .post("/api/v1/departments").then().statusCode(201);
        line("L1", "BASIC", "1000000.00");
        line("L2", "PROJECT", "500.00");
        line("L-ZERO", "PROJECT", "0.00");
    }

    private static void line(String code, String category, String amount) {
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "%s", "name": "%s", "category": "%s", "fundingSource": "MUNICIPAL", "initialAmount": %s}"""
                .formatted(code, code, category, amount)).post(BASE + "/lines").then().statusCode(201);
    }

    private static BigDecimal spent() {
        return new BigDecimal(given().queryParam("asOf", "2021-12-31").get(BASE + "/execution").then().statusCode(200)
                .extract().jsonPath().getString("total.spent"));
    }

    private static long stored() {
        return given().get(BASE + "/expenditures").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aReplayedBatchIsCountedAsDuplicatesAndChangesNothing() {
        String batch = """
                [{"voucherNo": "R-1", "lineCode": "L1", "paidOn": "2021-03-01", "amount": 100.10, "description": "a"},
                 {"voucherNo": "R-2", "lineCode": "L1", "paidOn": "2021-03-02", "amount": -20.05}]""";
        given().contentType(ContentType.JSON).body(batch).post(BASE + "/expenditures").then().statusCode(200)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(0));
        BigDecimal spent = spent();
        long count = stored();
        given().contentType(ContentType.JSON).body(batch).post(BASE + "/expenditures").then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(2));
        assertEquals(0, spent.compareTo(spent()));
        assertEquals(count, stored());
    }

    @Test
    void aRejectedBatchListsEveryBadRowAndStoresNothing() {
        BigDecimal spent = spent();
        long count = stored();
        given().contentType(ContentType.JSON).body("""
                [{"voucherNo": "X-1", "lineCode": "L1", "paidOn": "2021-05-01", "amount": 10},
                 {"voucherNo": "X-2", "lineCode": "NOPE", "paidOn": "2021-05-01", "amount": 10},
                 {"voucherNo": "X-3", "lineCode": "L1", "paidOn": "2022-01-01", "amount": 10},
                 {"voucherNo": "", "lineCode": "L1", "paidOn": "2021-05-01", "amount": 1.234},
                 {"voucherNo": "X-5", "lineCode": "L1", "paidOn": "2021-02-30", "amount": "abc"}]""")
                .post(BASE + "/expenditures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasSize(6))
                .body("errors.find { it.index == 1 }.field", equalTo("lineCode"))
                .body("errors.find { it.index == 2 }.message", containsString("outside fiscal year 2021"))
                .body("errors.findAll { it.index == 3 }.field", containsInAnyOrder("voucherNo", "amount"))
                .body("errors.findAll { it.index == 4 }.field", containsInAnyOrder("paidOn", "amount"));
        assertEquals(0, spent.compareTo(spent()));
        assertEquals(count, stored());
    }

    @Test
    void aVoucherReusedWithOtherContentIsAConflictNamingItAndStoresNothing() {
        given().contentType(ContentType.JSON).body("""
                [{"voucherNo": "C-1", "lineCode": "L1", "paidOn": "2021-06-01", "amount": 300}]""")
                .post(BASE + "/expenditures").then().statusCode(200).body("accepted", equalTo(1));
        long count = stored();
        given().contentType(ContentType.JSON).body("""
                [{"voucherNo": "C-NEW", "lineCode": "L1", "paidOn": "2021-06-02", "amount": 1},
                 {"voucherNo": "C-1", "lineCode": "L1", "paidOn": "2021-06-01", "amount": 301}]""")
                .post(BASE + "/expenditures").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("C-1"))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].field", equalTo("voucherNo"));
        assertEquals(count, stored());
    }

    @Test
    void theSameVoucherTwiceInOneBatchIsADuplicateOrAConflict() {
        given().contentType(ContentType.JSON).body("""
                [{"voucherNo": "D-1", "lineCode": "L1", "paidOn": "2021-07-01", "amount": 5},
                 {"voucherNo": "D-1", "lineCode": "L1", "paidOn": "2021-07-01", "amount": 5.00}]""")
                .post(BASE + "/expenditures").then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1));
        given().contentType(ContentType.JSON).body("""
                [{"voucherNo": "D-2", "lineCode": "L1", "paidOn": "2021-07-01", "amount": 5},
                 {"voucherNo": "D-2", "lineCode": "L1", "paidOn": "2021-07-01", "amount": 6}]""")
                .post(BASE + "/expenditures").then().statusCode(409).body("errors[0].index", equalTo(1));
    }

    @Test
    void csvIsAcceptedWithQuotedFieldsAndRefunds() {
        given().contentType("text/csv; charset=UTF-8").body("""
                voucherNo,lineCode,paidOn,amount,description
                CSV-1,L1,2021-08-01,1000.00,"办公用品, 打印纸"
                CSV-2,L1,2021-08-15,-200.00,退款
                """).post(BASE + "/expenditures").then().statusCode(200).body("accepted", equalTo(2));
        given().queryParam("lineCode", "L1").queryParam("from", "2021-08-01").queryParam("to", "2021-08-31")
                .get(BASE + "/expenditures").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.voucherNo == 'CSV-1' }.description", equalTo("办公用品, 打印纸"))
                .body("items.find { it.voucherNo == 'CSV-2' }.amount", comparesEqualTo(new BigDecimal("-200.00")));
        given().contentType("text/csv; charset=UTF-8").body("voucherNo,lineCode\nX,L1\n").post(BASE + "/expenditures")
                .then().statusCode(400).body("errors.field", hasItem("paidOn"));
    }

    @Test
    void everyKindOfAmountDateAndTextIsStoredExactlyAsSent() {
        line("L-RT", "PROJECT", "100.00");
        String[][] payments = {
                {"RT-1", "0.01", "2021-01-01", "a\tb\\c\nd\re"},
                {"RT-2", "-0.50", "2021-02-28", ""},
                {"RT-3", "9999999999999999.99", "2021-12-31", "办公用品、差旅费（含税）😀"},
                {"RT-4", "-10000.00", "2021-06-30", null},
                {"RT-5", "100000000.07", "2021-07-01", "x".repeat(500)},
                {"RT-6", "12", "2021-03-15", "  padded  "},
                {"RT-7", "-1234567.8", "2021-04-09", "\"quoted\""}};
        StringBuilder json = new StringBuilder("[");
        for (String[] p : payments) {
            json.append(json.length() > 1 ? "," : "").append("""
                    {"voucherNo": "%s", "lineCode": "L-RT", "amount": %s, "paidOn": "%s"%s}""".formatted(p[0], p[1], p[2],
                    p[3] == null ? "" : ", \"description\": " + quote(p[3])));
        }
        given().contentType(ContentType.JSON).body(json.append("]").toString()).post(BASE + "/expenditures").then()
                .statusCode(200).body("accepted", equalTo(payments.length));
        var listed = given().queryParam("lineCode", "L-RT").queryParam("size", 100).get(BASE + "/expenditures").then()
                .statusCode(200).extract().jsonPath();
        for (String[] p : payments) {
            String item = "items.find { it.voucherNo == '" + p[0] + "' }";
            assertEquals(0, new BigDecimal(p[1]).compareTo(new BigDecimal(listed.getString(item + ".amount"))), p[0]);
            assertEquals(p[2], listed.getString(item + ".paidOn"), p[0]);
            String stored = listed.getString(item + ".description");
            assertEquals(p[3] == null || p[3].isBlank() ? null : p[3].strip(), stored, p[0]);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r") + "\"";
    }

    @Test
    void theDepartmentAndYearOfPaymentsAreEstimatedTogether() throws Exception {
        // without these statistics, a department with years of history had its current month summed by a scan of the city
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("""
                     SELECT s.stxkind::text, array_agg(a.attname::text ORDER BY a.attname)::text FROM pg_statistic_ext s
                     JOIN pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = ANY (s.stxkeys)
                     WHERE s.stxrelid = 'expenditure'::regclass GROUP BY s.stxkind""")) {
            assertTrue(rs.next(), "extended statistics on expenditure");
            assertEquals("{m}", rs.getString(1));
            assertEquals("{department_id,fiscal_year}", rs.getString(2));
        }
    }

    @Test
    void spendingAboveBudgetIsAcceptedAndFlagged() {
        given().contentType(ContentType.JSON).body("""
                [{"voucherNo": "O-1", "lineCode": "L2", "paidOn": "2021-09-01", "amount": 800}]""")
                .post(BASE + "/expenditures").then().statusCode(200)
                .body("accepted", equalTo(1)).body("overBudgetLines", hasItem("L2"));
        given().queryParam("asOf", "2021-12-31").get(BASE + "/execution").then().statusCode(200)
                .body("lines.find { it.lineCode == 'L2' }.overBudget", equalTo(true))
                .body("lines.find { it.lineCode == 'L2' }.rate", comparesEqualTo(new BigDecimal("160.00")));
    }

    @Test
    void aZeroBudgetGivesANullRateWithAReason() {
        given().queryParam("asOf", "2021-12-31").get(BASE + "/execution").then().statusCode(200)
                .body("lines.find { it.lineCode == 'L-ZERO' }.rate", nullValue())
                .body("lines.find { it.lineCode == 'L-ZERO' }.rateNote", containsString("zero budget"));
    }

    @Test
    void fiftyThousandRowsGoThroughInOneRequest() {
        StringBuilder csv = new StringBuilder("voucherNo,lineCode,paidOn,amount,description\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append("BIG-").append(i).append(",L1,2021-").append(String.format("%02d", i % 12 + 1))
                    .append("-15,").append(i % 7 + 1).append(".25,批量\n");
        }
        given().contentType("text/csv; charset=UTF-8").body(csv.toString()).post(BASE + "/expenditures").then().statusCode(200)
                .body("accepted", equalTo(50_000));
        given().queryParam("from", "2021-01-15").queryParam("to", "2021-01-15").queryParam("size", 1)
                .get(BASE + "/expenditures").then().statusCode(200).body("total", equalTo(4167));
    }

    @Test
    void badQueryParametersAreProblems() {
        given().queryParam("scope", "CITY").get(BASE + "/execution").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("scope"));
        given().queryParam("asOf", "2021-13-01").get(BASE + "/execution").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().get("/api/v1/departments/NOBODY/budgets/2021/execution").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
