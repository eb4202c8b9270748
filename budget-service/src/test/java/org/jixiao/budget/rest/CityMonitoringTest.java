package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ranking and warnings over a small city in fiscal year 2030 (no other test uses that year). */
@QuarkusTest
class CityMonitoringTest extends ApiTest {

    private static boolean loaded;

    @BeforeEach
    void city() {
        if (loaded) {
            return;
        }
        loaded = true;
        // progress at 2030-06-30 on a budget of 1000: A 45%, B 60%, C 25%, D 45% (tie with A), E zero budget
        department("CITY-A", "1000.00", "450.00");
        department("CITY-B", "1000.00", "600.00");
        department("CITY-C", "1000.00", "250.00");
        department("CITY-D", "1000.00", "450.00");
        department("CITY-E", "0.00", null);
    }

    private static void department(String code, String budget, String spent) {
        given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"name\": \"" + code + "局\"}")
                .post("/api/v1/departments").then().statusCode(201);
        String base = "/api/v1/departments/" + code + "/budgets/2030";
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "L", "name": "项目", "category": "PROJECT", "fundingSource": "MUNICIPAL", "initialAmount": %s}"""
                .formatted(budget)).post(base + "/lines").then().statusCode(201);
        if (spent != null) {
            given().contentType(ContentType.JSON).body("""
                    [{"voucherNo": "V1", "lineCode": "L", "paidOn": "2030-03-31", "amount": %s}]""".formatted(spent))
                    .post(base + "/expenditures").then().statusCode(200);
        }
    }

    @Test
    void rankingOrdersBySpendingProgressAndStatesItsBenchmark() {
        given().queryParam("asOf", "2030-06-30").get("/api/v1/budgets/2030/ranking").then().statusCode(200)
                .body("benchmark", equalTo("LINEAR"))
                .body("benchmarkDescription", containsString("月份 ÷ 12"))
                .body("timeProgress", comparesEqualTo(new BigDecimal("50.00")))
                .body("departments.department", contains("CITY-B", "CITY-A", "CITY-D", "CITY-C", "CITY-E"))
                .body("departments.rank", contains(1, 2, 3, 4, 5))
                .body("departments[0].status", equalTo("GREEN"))
                .body("departments[1].status", equalTo("GREEN"))
                .body("departments[3].status", equalTo("RED"))
                .body("departments[4].progress", nullValue());
    }

    @Test
    void quarterlyBenchmarkChangesTimeProgressNotTheOrder() {
        given().queryParam("asOf", "2030-03-31").queryParam("benchmark", "QUARTERLY")
                .get("/api/v1/budgets/2030/ranking").then().statusCode(200)
                .body("benchmark", equalTo("QUARTERLY"))
                .body("benchmarkDescription", containsString("25/50/75/100"))
                .body("timeProgress", comparesEqualTo(new BigDecimal("25.00")))
                .body("departments.department", contains("CITY-B", "CITY-A", "CITY-D", "CITY-C", "CITY-E"));
    }

    @Test
    void warningsListDepartmentsAndLinesBehindTimeProgress() {
        // at 2030-09-30 time progress is 75%: A and D at 60% of it (YELLOW), C at 33% (RED), B at 80% (GREEN)
        given().queryParam("asOf", "2030-09-30").get("/api/v1/budgets/2030/warnings").then().statusCode(200)
                .body("departments.department", contains("CITY-A", "CITY-C", "CITY-D"))
                .body("departments.status", contains("YELLOW", "RED", "YELLOW"))
                .body("departments[1].lines", hasSize(1))
                .body("departments[1].lines[0].lineCode", equalTo("L"));
    }

    @Test
    void aDepartmentPlanIsSelectableAsBenchmark() {
        String base = "/api/v1/departments/CITY-C/budgets/2030";
        given().queryParam("benchmark", "PLAN").queryParam("asOf", "2030-06-30").get(base + "/execution")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("""
                {"cumulativePercent": [5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 85, 90]}""")
                .put(base + "/plan").then().statusCode(422).body("errors[0].index", equalTo(11));
        given().contentType(ContentType.JSON).body("""
                {"cumulativePercent": [5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 85, 100]}""")
                .put(base + "/plan").then().statusCode(200);
        given().queryParam("benchmark", "PLAN").queryParam("asOf", "2030-06-30").get(base + "/execution")
                .then().statusCode(200)
                .body("benchmark", equalTo("PLAN"))
                .body("timeProgress", comparesEqualTo(new BigDecimal("30.00")))
                .body("progress", comparesEqualTo(new BigDecimal("25.00")))
                .body("status", equalTo("GREEN"))
                .body("monthly[2].timeProgress", comparesEqualTo(new BigDecimal("15.00")));
    }

    @Test
    void theRankingFollowsNewPaymentsImmediately() {
        for (String code : new String[] {"LIVE-A", "LIVE-B"}) {
            given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"name\": \"" + code + "\"}")
                    .post("/api/v1/departments").then().statusCode(201);
            given().contentType(ContentType.JSON).body("""
                    {"lineCode": "L", "name": "项目", "category": "PROJECT", "fundingSource": "MUNICIPAL", "initialAmount": 100}""")
                    .post("/api/v1/departments/" + code + "/budgets/2031/lines").then().statusCode(201);
        }
        pay("LIVE-B", "B1", "10");
        given().queryParam("asOf", "2031-12-31").get("/api/v1/budgets/2031/ranking").then().statusCode(200)
                .body("departments.department", contains("LIVE-B", "LIVE-A"));
        pay("LIVE-A", "A1", "20");
        given().queryParam("asOf", "2031-12-31").get("/api/v1/budgets/2031/ranking").then().statusCode(200)
                .body("departments.department", contains("LIVE-A", "LIVE-B"));
    }

    private static void pay(String department, String voucher, String amount) {
        given().contentType(ContentType.JSON).body("""
                [{"voucherNo": "%s", "lineCode": "L", "paidOn": "2031-05-05", "amount": %s}]""".formatted(voucher, amount))
                .post("/api/v1/departments/" + department + "/budgets/2031/expenditures").then().statusCode(200);
    }

    @Test
    void aZeroBudgetDepartmentHasNoRateButNoError() {
        given().queryParam("asOf", "2030-12-31").get("/api/v1/departments/CITY-E/budgets/2030/execution")
                .then().statusCode(200)
                .body("total.rate", nullValue())
                .body("total.rateNote", containsString("zero budget"))
                .body("status", nullValue());
    }
}
