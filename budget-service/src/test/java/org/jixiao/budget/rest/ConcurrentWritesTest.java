package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.platform.testing.Concurrently;
import org.junit.jupiter.api.Test;

/** Writes from many clients at once: the rules hold and every answer is the documented one, never a 500. */
@QuarkusTest
class ConcurrentWritesTest extends ApiTest {
    private static final int CLIENTS = 24;

    private static void department(String code) {
        given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"name\": \"并发测试\"}")
                .post("/api/v1/departments").then().statusCode(201);
    }

    @Test
    void oneDepartmentIsCreatedOnceAndEveryOtherAttemptIsAConflict() {
        List<Integer> statuses = Concurrently.run(CLIENTS, i -> given().contentType(ContentType.JSON)
                .body("{\"code\": \"RACE-D\", \"name\": \"并发测试\"}").post("/api/v1/departments").statusCode());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void oneBudgetLineIsCreatedOnceAndEveryOtherAttemptIsAConflict() {
        department("RACE-L");
        List<Integer> statuses = Concurrently.run(CLIENTS, i -> given().contentType(ContentType.JSON).body("""
                {"lineCode": "P-RACE", "name": "并发项目", "category": "PROJECT", "fundingSource": "MUNICIPAL",
                 "initialAmount": 100}""").post("/api/v1/departments/RACE-L/budgets/2021/lines").statusCode());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        given().get("/api/v1/departments/RACE-L/budgets/2021/lines").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void parallelCutsNeverDriveABudgetBelowZero() {
        department("RACE-A");
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "P-CUT", "name": "调减项目", "category": "PROJECT", "fundingSource": "MUNICIPAL",
                 "initialAmount": 100}""").post("/api/v1/departments/RACE-A/budgets/2021/lines").then().statusCode(201);
        // each cut is 30 of 100: three fit, the rest would go negative
        List<Integer> statuses = Concurrently.run(CLIENTS, i -> given().contentType(ContentType.JSON).body("""
                {"amount": -30, "effectiveDate": "2021-06-30", "reason": "调减", "documentNo": "穗财预〔2021〕%d号"}"""
                .formatted(i)).post("/api/v1/departments/RACE-A/budgets/2021/lines/P-CUT/adjustments").statusCode());
        assertThat(statuses).containsOnly(201, 422).filteredOn(s -> s == 201).hasSize(3);
        BigDecimal adjusted = new BigDecimal(given().get("/api/v1/departments/RACE-A/budgets/2021/lines").then()
                .statusCode(200).extract().jsonPath().getString("items[0].adjustedBudget"));
        assertThat(adjusted).isEqualByComparingTo("10.00");
    }
}
