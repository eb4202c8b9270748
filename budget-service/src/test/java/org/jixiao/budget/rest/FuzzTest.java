package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.jixiao.platform.testing.DatabaseFingerprint;
import org.jixiao.platform.testing.OpenApiFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Generated bad requests for every operation of the OpenAPI document (seed printed; -Djixiao.fuzz.seed to
 * repeat): never a 5xx, every 4xx a problem+json, and a refused write changes nothing in the database.
 */
@QuarkusTest
class FuzzTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void badRequestsAreProblemsAndChangeNothing() throws Exception {
        String base = ModelData.loadBudget("FUZZ-XFJ");
        given().contentType("text/csv; charset=UTF-8").body(ModelData.paymentsCsv()).post(base + "/expenditures")
                .then().statusCode(200);
        Map<String, String> samples = Map.of("code", "FUZZ-XFJ", "year", "2021", "lineCode", "P-2021-YW");
        OpenApiFuzzer.Report report = new OpenApiFuzzer(URI.create("http://localhost:" + RestAssured.port), samples,
                DatabaseFingerprint.of(dataSource), Map.of()).run();
        assertThat(report.cases()).isGreaterThan(500);
        assertThat(report.violations()).as("broken promises (seed %d)", report.seed()).isEmpty();
    }
}
