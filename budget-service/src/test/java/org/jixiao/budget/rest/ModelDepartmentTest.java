package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Acceptance: the model report's figures come out of data loaded through the API. */
@QuarkusTest
class ModelDepartmentTest extends ApiTest {
    private static String base;

    private static boolean loaded;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        base = ModelData.loadBudget("MODEL-XFJ");
        given().contentType("text/csv; charset=UTF-8").body(ModelData.paymentsCsv()).post(base + "/expenditures")
                .then().statusCode(200).body("accepted", equalTo(226)).body("duplicates", equalTo(0));
    }

    private static String wan(JsonPath json, String path) {
        return new BigDecimal(json.getString(path)).divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void municipalExecutionMatchesTheModelReport() {
        JsonPath json = given().queryParam("asOf", "2021-12-31").get(base + "/execution")
                .then().statusCode(200).extract().jsonPath();
        assertWan(json, "total.adjustedBudget", "3664.35");
        assertWan(json, "total.spent", "3661.45");
        assertRate(json, "total.rate", "99.92");
        assertWan(json, "basic.spent", "2760.38");
        assertRate(json, "basic.rate", "99.91");
        assertWan(json, "project.adjustedBudget", "901.53");
        assertWan(json, "project.spent", "901.08");
        assertRate(json, "project.rate", "99.95");
        // exact amounts, not rounded ones: 2760.38 + 901.08 printed vs 3661.45 total
        assertEquals(new BigDecimal("36614525.00"), new BigDecimal(json.getString("total.spent")));
        assertEquals("MUNICIPAL", json.getString("scope"));
        assertEquals("GREEN", json.getString("status"));
    }

    @Test
    void allFundsMatchTheModelReport() {
        JsonPath json = given().queryParam("asOf", "2021-12-31").queryParam("scope", "ALL").get(base + "/execution")
                .then().statusCode(200).extract().jsonPath();
        assertWan(json, "total.adjustedBudget", "3834.35");
        assertWan(json, "total.spent", "3831.45");
        assertRate(json, "total.rate", "99.92");
    }

    @Test
    void fiveNamedProjectsAreFullyExecutedAndTheRestAbove9966() {
        JsonPath json = given().queryParam("asOf", "2021-12-31").get(base + "/execution").then().statusCode(200)
                .extract().jsonPath();
        List<String> full = json.getList("lines.findAll { it.category == 'PROJECT' && it.rate == 100.00 }.name");
        assertThat(full).containsExactlyInAnyOrder("2019年信息化建设项目",
                "2021年信息系统运行维护项目", "社会工作及心理辅导服务项目", "业务用房物业管理费", "云客服服务外包项目");
        List<BigDecimal> rest = json.getList("lines.findAll { it.category == 'PROJECT' && it.rate < 100.00 }.rate", BigDecimal.class);
        assertThat(rest).isNotEmpty().allMatch(rate -> rate.compareTo(new BigDecimal("99.66")) >= 0);
    }

    @Test
    void monthByMonthProgressIsCumulativeAndEndsAtTheYearRate() {
        given().queryParam("asOf", "2021-12-31").get(base + "/execution").then().statusCode(200)
                .body("monthly", hasSize(12))
                .body("monthly.month", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .body("monthly[5].timeProgress", comparesEqualTo(new BigDecimal("50.0")))
                .body("monthly[11].cumulativeSpent", comparesEqualTo(new BigDecimal("36614525.00")))
                .body("monthly[11].progress", comparesEqualTo(new BigDecimal("99.92")))
                .body("monthly[11].timeProgress", comparesEqualTo(new BigDecimal("100.0")));
        JsonPath june = given().queryParam("asOf", "2021-06-30").get(base + "/execution").then().statusCode(200)
                .body("monthly", hasSize(6)).body("timeProgress", comparesEqualTo(new BigDecimal("50.0"))).extract().jsonPath();
        // the mid-year total equals the sum of the first six months
        BigDecimal sum = june.getList("monthly.spent", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(new BigDecimal(june.getString("total.spent"))));
    }

    @Test
    void aDateInsideAMonthCountsPaymentsUpToThatDay() {
        // payments fall on the 10th and 25th: on 2021-01-20 only the 10th's are counted
        JsonPath json = given().queryParam("asOf", "2021-01-20").get(base + "/execution").then().statusCode(200)
                .extract().jsonPath();
        JsonPath full = given().queryParam("asOf", "2021-01-31").get(base + "/execution").then().statusCode(200)
                .extract().jsonPath();
        assertThat(new BigDecimal(json.getString("total.spent")))
                .isPositive().isLessThan(new BigDecimal(full.getString("total.spent")));
    }

    @Test
    void adjustmentsCountFromTheirEffectiveDate() {
        given().queryParam("asOf", "2021-06-30").get(base + "/execution").then().statusCode(200)
                .body("lines.find { it.lineCode == 'P-SGXL' }.adjustedBudget", comparesEqualTo(new BigDecimal("950000.00")))
                .body("lines.find { it.lineCode == 'P-SGXL' }.adjustments", hasSize(0));
        given().queryParam("asOf", "2021-07-15").get(base + "/execution").then().statusCode(200)
                .body("lines.find { it.lineCode == 'P-SGXL' }.adjustedBudget", comparesEqualTo(new BigDecimal("1150000.00")))
                .body("lines.find { it.lineCode == 'P-SGXL' }.adjustments[0].documentNo", equalTo("穗信访〔2021〕35号（示例）"))
                .body("total.adjustedBudget", comparesEqualTo(new BigDecimal("36643500.00")))
                .body("total.rateNote", nullValue());
    }

    private static void assertWan(JsonPath json, String path, String expected) {
        assertEquals(expected, wan(json, path), path);
    }

    private static void assertRate(JsonPath json, String path, String expected) {
        assertEquals(new BigDecimal(expected), new BigDecimal(json.getString(path)), path);
    }
}
