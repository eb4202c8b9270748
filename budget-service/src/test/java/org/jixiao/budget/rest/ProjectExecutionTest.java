package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A project (项目) groups budget lines of several funding sources; its execution is read across them, as the
 * 项目支出绩效自评表's 项目资金 rows need: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, each with 年初预算数,
 * 全年预算数 and 全年执行数.
 */
@QuarkusTest
class ProjectExecutionTest extends ApiTest {
    private static final String BASE = "/api/v1/departments/PRJ-A/budgets/2021";
    private static boolean loaded;

    @BeforeEach
    void project() {
        if (loaded) {
            return;
        }
        given().contentType(ContentType.JSON).body("{\"code\": \"PRJ-A\", \"name\": \"项目测试局\"}").post("/api/v1/departments")
                .then().statusCode(201);
        line("P-2021-XXJS", "2021年信息化建设项目", "MUNICIPAL", "1000000.00", "XXJS");
        line("P-2020-XXJS", "2020年信息化建设项目结转", "CARRY_OVER", "200000.00", "XXJS");
        line("P-2021-QT", "信息化建设单位资金", "OTHER", "50000.00", "XXJS");
        line("P-2021-KF", "云客服服务外包", "MUNICIPAL", "300000.00", "YKF");
        given().contentType(ContentType.JSON).body("""
                {"amount": 100000.00, "effectiveDate": "2021-07-01", "reason": "追加信息化建设经费", "documentNo": "穗财预〔2021〕88号"}""")
                .post(BASE + "/lines/P-2021-XXJS/adjustments").then().statusCode(201);
        given().contentType("text/csv").body("""
                voucherNo,lineCode,paidOn,amount,description
                X1,P-2021-XXJS,2021-05-10,600000.00,系统开发首付款
                X2,P-2021-XXJS,2021-11-20,480000.00,系统开发尾款
                X3,P-2020-XXJS,2021-03-01,200000.00,结转资金支付
                X4,P-2021-QT,2021-09-01,10000.00,单位资金
                K1,P-2021-KF,2021-06-30,150000.00,客服外包上半年
                """).post(BASE + "/expenditures").then().statusCode(200);
        loaded = true;
    }

    private static void line(String code, String name, String source, String amount, String project) {
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "%s", "name": "%s", "category": "PROJECT", "fundingSource": "%s", "initialAmount": %s, "projectKey": "%s"}"""
                .formatted(code, name, source, amount, project)).post(BASE + "/lines").then().statusCode(201);
    }

    @Test
    void aProjectsMoneyIsReadAcrossItsLinesAndFundingSources() {
        given().queryParam("asOf", "2021-12-31").get(BASE + "/projects/XXJS/execution").then().statusCode(200)
                .body("projectKey", equalTo("XXJS"))
                .body("total.initialBudget", comparesEqualTo(new BigDecimal("1250000.00")))     // 年初预算数
                .body("total.adjustedBudget", comparesEqualTo(new BigDecimal("1350000.00")))    // 全年预算数
                .body("total.spent", comparesEqualTo(new BigDecimal("1290000.00")))             // 全年执行数
                .body("total.rate", comparesEqualTo(new BigDecimal("95.56")))                    // 1290000 ÷ 1350000
                .body("bySource.fundingSource", contains("MUNICIPAL", "CARRY_OVER", "OTHER"))
                .body("bySource[0].adjustedBudget", comparesEqualTo(new BigDecimal("1100000.00")))
                .body("bySource[0].spent", comparesEqualTo(new BigDecimal("1080000.00")))
                .body("bySource[1].rate", comparesEqualTo(new BigDecimal("100.00")))
                .body("bySource[2].rate", comparesEqualTo(new BigDecimal("20.00")))
                .body("lines.lineCode", containsInAnyOrder("P-2021-XXJS", "P-2020-XXJS", "P-2021-QT"))
                .body("lines.projectKey", contains("XXJS", "XXJS", "XXJS"));
    }

    @Test
    void asOfMidYearOnlyWhatWasSpentAndAdjustedByThen() {
        given().queryParam("asOf", "2021-06-30").get(BASE + "/projects/XXJS/execution").then().statusCode(200)
                .body("total.adjustedBudget", comparesEqualTo(new BigDecimal("1250000.00")))
                .body("total.spent", comparesEqualTo(new BigDecimal("800000.00")));
        given().queryParam("asOf", "2021-12-31").get(BASE + "/projects/YKF/execution").then().statusCode(200)
                .body("total.spent", comparesEqualTo(new BigDecimal("150000.00")))
                .body("total.rate", comparesEqualTo(new BigDecimal("50.00")));
    }

    @Test
    void linesAndTheDepartmentsExecutionNameTheirProject() {
        given().get(BASE + "/lines").then().statusCode(200).body("items.projectKey", hasItem("YKF"));
        given().queryParam("asOf", "2021-12-31").queryParam("scope", "ALL").get(BASE + "/execution").then().statusCode(200)
                .body("lines.find { it.lineCode == 'P-2021-KF' }.projectKey", equalTo("YKF"));
    }

    @Test
    void anUnknownProjectOrABadKeyIsAProblem() {
        given().get(BASE + "/projects/NONE/execution").then().statusCode(404).contentType("application/problem+json");
        given().get(BASE + "/projects/" + "K".repeat(65) + "/execution").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("projectKey"));
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "P-BAD", "name": "x", "category": "PROJECT", "fundingSource": "MUNICIPAL", "initialAmount": 1, "projectKey": "a b"}""")
                .post(BASE + "/lines").then().statusCode(400).body("errors.field", hasItem("projectKey"));
    }
}
