package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** jixiao.xlsx.max-bytes: a workbook above it is a 413 whether its length is announced or not, and nothing is stored. */
@QuarkusTest
@TestProfile(XlsxLimitsTest.SmallUploads.class)
class XlsxLimitsTest extends ApiTest {
    private static final String BASE = "/api/v1/departments/XLSX-LIM/budgets/2021";

    public static class SmallUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jixiao.xlsx.max-bytes", "65536");
        }
    }

    @Test
    void aWorkbookAboveTheLimitIs413AnnouncedOrChunked() {
        given().contentType(ContentType.JSON).body("{\"code\": \"XLSX-LIM\", \"name\": \"限额测试局\"}")
                .post("/api/v1/departments").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "L1", "name": "L1", "category": "BASIC", "fundingSource": "MUNICIPAL", "initialAmount": 1000000}""")
                .post(BASE + "/lines").then().statusCode(201);
        byte[] template = given().get(BASE + "/expenditures/template.xlsx").then().statusCode(200).extract().asByteArray();
        Object[][] rows = new Object[4000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {"LIM-" + i, "L1", LocalDate.of(2021, 4, 1), 1, UUID.randomUUID().toString()};
        }
        byte[] large = Workbooks.fill(template, rows);
        assertThat(large.length).isGreaterThan(65536);

        given().contentType(Workbooks.XLSX).body(large).post(BASE + "/expenditures").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("at most 65536 bytes"));
        // no Content-Length: counted while the body is read
        given().contentType(Workbooks.XLSX).body(new ByteArrayInputStream(large)).post(BASE + "/expenditures").then()
                .statusCode(413).contentType("application/problem+json");
        given().contentType(Workbooks.XLSX).body(large).post(BASE + "/lines").then().statusCode(413);

        byte[] small = Workbooks.fill(template, new Object[] {"LIM-OK", "L1", LocalDate.of(2021, 4, 1), 1});
        given().contentType(Workbooks.XLSX).body(small).post(BASE + "/expenditures").then().statusCode(200)
                .body("accepted", equalTo(1));
        given().get(BASE + "/expenditures").then().body("total", equalTo(1));
    }
}
