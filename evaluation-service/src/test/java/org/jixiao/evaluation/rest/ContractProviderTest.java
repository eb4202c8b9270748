package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.junit.jupiter.api.Test;

/**
 * Provider side of the contracts (contracts/evaluation-service/): the model department evaluated as the demo
 * does it, on budget-service's recorded answers; the result report-service reads must still contain what
 * was recorded.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class ContractProviderTest extends ApiTest {

    @Test
    void theScoredModelEvaluationGivesTheRecordedResult() {
        stubModelBudget(MODEL_DEPARTMENT);
        long id = given().contentType(ContentType.JSON).body(demo("evaluation.json")).post("/api/v1/evaluations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        enterModelInputs(id);
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200);

        Contract c = Contracts.get("evaluation-service", "score-result");
        Response answer = given().request(c.request().method(), c.request().uri(Map.of("id", String.valueOf(id))));
        assertThat(Contracts.verifyOrRecord(c, answer.statusCode(), answer.asString())).isEmpty();
    }
}
