package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentApiTest extends ApiTest {

    @Test
    void createReadUpdateAndDuplicate() {
        given().contentType(ContentType.JSON).body("""
                {"code": "DEP-1", "name": "广州市信访局", "divisions": ["办公室", "督查处"], "functions": ["处理来信来访"]}""")
                .post("/api/v1/departments").then().statusCode(201)
                .header("Location", containsString("/api/v1/departments/DEP-1"));
        given().get("/api/v1/departments/DEP-1").then().statusCode(200)
                .body("divisions[1]", equalTo("督查处"));
        given().contentType(ContentType.JSON).body("""
                {"name": "广州市信访局", "divisions": ["办公室", "督查处", "调研处"], "functions": []}""")
                .put("/api/v1/departments/DEP-1").then().statusCode(200).body("divisions[2]", equalTo("调研处"));
        given().contentType(ContentType.JSON).body("{\"code\": \"DEP-1\", \"name\": \"again\"}")
                .post("/api/v1/departments").then().statusCode(409).contentType("application/problem+json");
        given().queryParam("size", 500).get("/api/v1/departments").then().statusCode(200)
                .body("items.code", hasItem("DEP-1"));
    }

    @Test
    void aDepartmentSaysHowItsReportSpeaks() {
        given().contentType(ContentType.JSON).body("""
                {"code": "DEP-TOWN", "name": "某区某镇人民政府", "selfReference": "我镇", "governmentLevel": "TOWN", "rankingArea": "全区"}""")
                .post("/api/v1/departments").then().statusCode(201);
        given().get("/api/v1/departments/DEP-TOWN").then().statusCode(200).body("selfReference", equalTo("我镇"))
                .body("governmentLevel", equalTo("TOWN")).body("rankingArea", equalTo("全区"));
        // optional: left out, the report derives or takes the installation's
        given().contentType(ContentType.JSON).body("{\"name\": \"某区某镇人民政府\"}").put("/api/v1/departments/DEP-TOWN")
                .then().statusCode(200).body("selfReference", equalTo(null)).body("governmentLevel", equalTo(null));
        given().contentType(ContentType.JSON).body("{\"code\": \"DEP-X\", \"name\": \"x\", \"governmentLevel\": \"PROVINCE\"}")
                .post("/api/v1/departments").then().statusCode(400).body("errors.field", hasItem("governmentLevel"));
        given().contentType(ContentType.JSON).body("{\"code\": \"DEP-X\", \"name\": \"x\", \"selfReference\": \"我们这个很长的单位名称\"}")
                .post("/api/v1/departments").then().statusCode(400).body("errors.field", hasItem("selfReference"));
    }

    @Test
    void invalidInputIsAProblemListingFields() {
        given().contentType(ContentType.JSON).body("{\"code\": \"bad code!\", \"name\": \"\"}")
                .post("/api/v1/departments").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "name"));
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/departments")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/departments/NOPE").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NOPE"));
    }

    @Test
    void budgetLinesAndAdjustmentsAreValidated() {
        given().contentType(ContentType.JSON).body("{\"code\": \"DEP-2\", \"name\": \"测试局\"}")
                .post("/api/v1/departments").then().statusCode(201);
        String base = "/api/v1/departments/DEP-2/budgets/2021";
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "P1", "name": "项目", "category": "PROJECT", "fundingSource": "MUNICIPAL", "initialAmount": 100.00}""")
                .post(base + "/lines").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "P1", "name": "项目", "category": "PROJECT", "fundingSource": "MUNICIPAL", "initialAmount": 100.00}""")
                .post(base + "/lines").then().statusCode(409);
        given().contentType(ContentType.JSON).body("""
                {"lineCode": "P2", "name": "项目", "category": "NOPE", "fundingSource": "MUNICIPAL", "initialAmount": -1}""")
                .post(base + "/lines").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("""
                {"amount": -150.00, "effectiveDate": "2021-05-01", "reason": "调减", "documentNo": "X-1"}""")
                .post(base + "/lines/P1/adjustments").then().statusCode(422);
        given().contentType(ContentType.JSON).body("""
                {"amount": 50.00, "effectiveDate": "2022-05-01", "reason": "追加", "documentNo": "X-2"}""")
                .post(base + "/lines/P1/adjustments").then().statusCode(400).body("errors[0].field", equalTo("effectiveDate"));
        given().contentType(ContentType.JSON).body("""
                {"amount": 50.00, "effectiveDate": "2021-05-01", "reason": "追加", "documentNo": "X-3"}""")
                .post(base + "/lines/P1/adjustments").then().statusCode(201);
        given().get(base + "/lines").then().statusCode(200)
                .body("items[0].adjustedBudget", comparesEqualTo(new BigDecimal("150.00")));
    }

    @Test
    void operationsEndpointsAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/budgets/{year}/ranking"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
