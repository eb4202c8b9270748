package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Provider side of the contracts (contracts/budget-service/): every request a consumer recorded, replayed
 * against this service with the model department loaded; the answer must still contain what was recorded.
 */
@QuarkusTest
class ContractProviderTest extends ApiTest {
    private static boolean loaded;

    @BeforeEach
    void loadTheModelDepartment() {
        if (loaded) {
            return;
        }
        loaded = true;
        String base = ModelData.loadBudget(ModelData.MODEL);
        given().contentType("text/csv; charset=UTF-8").body(ModelData.paymentsCsv()).post(base + "/expenditures")
                .then().statusCode(200);
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedRequestGetsTheRecordedAnswer() {
        List<Contract> contracts = Contracts.answeredBy("budget-service");
        assertThat(contracts).extracting(Contract::name)
                .contains("department", "execution-municipal", "execution-all", "ranking");
        return contracts.stream().map(c -> DynamicTest.dynamicTest(c.name() + " for " + c.consumers(), () -> {
            Response answer = given().request(c.request().method(), c.request().uri());
            assertThat(Contracts.verifyOrRecord(c, answer.statusCode(), answer.asString())).as(c.request().uri()).isEmpty();
        }));
    }
}
