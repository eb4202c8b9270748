package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.jixiao.platform.testing.DatabaseFingerprint;
import org.jixiao.platform.testing.OpenApiFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, sent bad requests (platform-test OpenApiFuzzer): never a 5xx,
 * every 4xx a problem+json, and a refused write changes nothing in the database.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class FuzzTest extends ApiTest {
    private static final String DEPARTMENT = "FUZZ-D";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noRequestAClientCanSendGivesA5xxOrChangesDataWhenRefused() throws Exception {
        stubModelBudget(DEPARTMENT);
        long id = createEvaluation(DEPARTMENT, "SELF");
        enterModelInputs(id);
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200);
        // path samples: the scored evaluation, and an indicator of DEPT-OVERALL (TIERED) for .../indicators/{code}
        Map<String, String> samples = Map.of("id", String.valueOf(id), "code", "SYSTEMS");
        long start = System.nanoTime();
        OpenApiFuzzer.Report report = new OpenApiFuzzer(URI.create("http://localhost:" + RestAssured.port), samples,
                DatabaseFingerprint.of(dataSource), Map.of()).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[fuzz] evaluation-service: " + report.cases() + " cases in " + millis + " ms, answers "
                + report.byStatus());
        assertThat(report.violations()).as("broken promises (seed %d):%n%s", report.seed(),
                String.join(System.lineSeparator(), report.violations())).isEmpty();
        assertThat(report.cases()).as("cases sent").isGreaterThan(500);
        assertThat(report.byStatus().keySet()).as("answers by status").contains("400");
    }
}
