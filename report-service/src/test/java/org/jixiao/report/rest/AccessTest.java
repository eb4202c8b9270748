package org.jixiao.report.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.testing.AccessMatrix;
import org.jixiao.platform.testing.AccessMatrix.Operation;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every role against every operation (docs/security.md): a department writes its own reports (sections, versions)
 * but does not publish; finance does everything; auditors and assigned third parties read; the caller's token goes
 * to both peers, and a peer's refusal is the caller's refusal.
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class AccessTest {
    private static final AccessMatrix.Callers CALLERS = AccessMatrix.Callers.standard("GZ-XFJ", "GZ-OTHER");
    private static long model;
    private static long other;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void reports() {
        if (model != 0) {
            return;
        }
        model = ReportApiTest.modelReport();
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + model + "/versions").then().statusCode(201);
        other = ReportApiTest.createReport("GZ-OTHER", 1);
    }

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void everyRoleAgainstEveryOperation() {
        String report = "/api/v1/reports/" + model;
        List<String> mismatches = new AccessMatrix(dataSource, CALLERS).run(List.of(
                Operation.write("create report", "POST", "/api/v1/reports",
                        n -> "{\"department\": \"GZ-XFJ\", \"year\": 2021, \"evaluationId\": 1}", "201 201 403 403 403 403 403 403"),
                Operation.read("list reports", "/api/v1/reports", AccessMatrix.EVERY_ROLE),
                Operation.read("read report", report, AccessMatrix.READ_OWN),
                Operation.write("write section", "PUT", report + "/sections/problems",
                        n -> "{\"text\": \"部分项目绩效目标设置不够细化。\"}", "200 200 403 403 403 403 403 403"),
                Operation.write("make version", "POST", report + "/versions", n -> "{}", "201 201 403 403 403 403 403 403"),
                Operation.read("list versions", report + "/versions", AccessMatrix.READ_OWN),
                Operation.read("read version", report + "/versions/1", AccessMatrix.READ_OWN),
                Operation.read("findings", report + "/versions/1/findings", AccessMatrix.READ_OWN),
                Operation.read("list tables", report + "/versions/1/tables", AccessMatrix.READ_OWN),
                Operation.read("read table", report + "/versions/1/tables/project-XXH?format=xlsx", AccessMatrix.READ_OWN),
                Operation.write("publish", "POST", report + "/versions/1/publish", null, "200 403 403 403 403 403 403 403"),
                Operation.read("placeholders", "/api/v1/placeholders", AccessMatrix.EVERY_ROLE),
                Operation.read("rules", "/api/v1/rules", AccessMatrix.EVERY_ROLE),
                Operation.read("audit trail", "/api/v1/audit", AccessMatrix.FINANCE_AND_AUDITOR)));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aDepartmentsListShowsOnlyItsOwnReports() {
        given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-OTHER"))).queryParam("size", 1000)
                .get("/api/v1/reports").then().statusCode(200)
                .body("items.department", everyItem(equalTo("GZ-OTHER"))).body("items.id", contains((int) other));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("NO-SUCH-DEPT")))
                .get("/api/v1/reports").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void bothPeersGetTheCallersOwnToken() {
        String token = TestTokens.department("GZ-XFJ");
        PeersWireMock.server.resetRequests();
        given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON)
                .post("/api/v1/reports/" + model + "/versions").then().statusCode(201);
        var sent = PeersWireMock.server.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).extracting(r -> r.getUrl().startsWith("/api/v1/evaluations") ? "evaluation" : "budget")
                .contains("evaluation", "budget");
        assertThat(sent).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + token));
    }

    @Test
    void aPeersRefusalIsTheCallersRefusal() {
        PeersWireMock.server.stubFor(get(urlPathEqualTo("/api/v1/evaluations/403/result")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 403, \"title\": \"Forbidden\"}")));
        long id = ReportApiTest.createReport("GZ-XFJ", 403);
        given().header("Authorization", TestTokens.bearer(TestTokens.department("GZ-XFJ"))).contentType(ContentType.JSON)
                .post("/api/v1/reports/" + id + "/versions").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/reports/" + id + "/versions").then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("outcome", "REFUSED").queryParam("entity", "peer:evaluation-service").get("/api/v1/audit")
                .then().statusCode(200).body("items[0].subject", equalTo("test-department-GZ-XFJ"));
    }

    @Test
    void publishingIsAudited() {
        long id = ReportApiTest.modelReport();
        given().contentType(ContentType.JSON).post("/api/v1/reports/" + id + "/versions").then().statusCode(201);
        given().post("/api/v1/reports/" + id + "/versions/1/publish").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor()))
                .queryParams(Map.of("entity", "report-version", "entityId", id + "/1")).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("publish", "create"))
                .body("items[0].before", equalTo("DRAFT")).body("items[0].after", equalTo("PUBLISHED"))
                .body("items[0].subject", equalTo("test-finance"));
    }
}
