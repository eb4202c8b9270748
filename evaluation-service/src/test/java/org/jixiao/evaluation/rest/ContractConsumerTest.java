package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.evaluation.client.BudgetExecution;
import org.jixiao.evaluation.domain.BudgetFacts;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * evaluation-service's side of the recorded contracts (contracts/README.md): every budget-service answer it is
 * recorded to receive reads into client/BudgetExecution, member by member, and gives the figures scoring needs;
 * scoring sends exactly the recorded requests.
 */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class ContractConsumerTest extends ApiTest {
    @Inject
    ObjectMapper mapper;

    static List<Contract> sent() {
        return Contracts.sentBy("evaluation-service", "budget-service");
    }

    static Stream<Named<Contract>> recorded() {
        return sent().stream().map(c -> Named.of(c.provider() + "/" + c.name(), c));
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void everyMemberTheRecordsReadIsRecorded(Contract contract) throws Exception {
        JsonNode body = contract.response().body();
        assertThat(mapper.treeToValue(body, BudgetExecution.class)).isNotNull();
        assertThat(unrecorded(BudgetExecution.class, body, contract.name())).as("members read but not recorded").isEmpty();
    }

    @Test
    void theRecordedAnswersGiveTheFactsScoringNeeds() throws Exception {
        BudgetExecution municipal = read("execution-municipal");
        BudgetExecution all = read("execution-all");
        BudgetFacts facts = BudgetExecution.facts(municipal, all);

        assertThat(facts.figure("MUNICIPAL", null).adjustedBudget()).isEqualByComparingTo("36643500.00");
        assertThat(facts.figure("MUNICIPAL", null).spent()).isEqualByComparingTo("36614525.00");
        assertThat(facts.figure("MUNICIPAL", "BASIC").spent()).isEqualByComparingTo("27603775.00");
        assertThat(facts.figure("ALL", null).spent()).isEqualByComparingTo("38314525.00");
        assertThat(facts.lines().get("P-DCXC").spent()).isEqualByComparingTo("889530.00");
        assertThat(facts.lines()).containsKey("O-OTHER");
        assertThat(facts.monthly()).hasSize(12);
        assertThat(facts.monthly().get(11).progress()).isEqualByComparingTo("99.92");
        assertThat(municipal.lastChangedAt()).isNotBlank();
        assertThat(municipal.hasLine("O-OTHER")).isFalse();
    }

    @Test
    void scoringSendsExactlyTheRecordedRequests() {
        sent().forEach(c -> Contracts.stub(BudgetServiceMock.server, c));
        given().contentType(ContentType.JSON).body("""
                {"code": "CONSUMER-ALL", "name": "全口径", "points": 10, "method": "SUM", "children": [
                  {"code": "EXEC-ALL", "name": "全部资金执行率", "points": 10, "method": "EXECUTION_RATE", "params": {"scope": "ALL"}}]}""")
                .post("/api/v1/frameworks").then().statusCode(201);
        List<String> recorded = sent().stream().map(c -> c.request().method() + " " + c.request().resolvedPath() + " "
                + new TreeMap<>(c.request().query())).toList();

        assertThat(requestsSentScoring("DEPT-OVERALL")).as("the municipal appropriation only")
                .containsExactly(recorded.stream().filter(r -> r.contains("scope=MUNICIPAL")).toArray(String[]::new));
        assertThat(requestsSentScoring("CONSUMER-ALL")).as("a node scoped to all funds")
                .containsExactlyInAnyOrderElementsOf(recorded);
    }

    private List<String> requestsSentScoring(String framework) {
        long id = given().contentType(ContentType.JSON).body("""
                {"framework": "%s", "department": "%s", "year": 2021, "kind": "SELF"}""".formatted(framework, MODEL_DEPARTMENT))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        BudgetServiceMock.server.resetRequests();
        given().post("/api/v1/evaluations/" + id + "/score").then().statusCode(200);
        return BudgetServiceMock.server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(ContractConsumerTest::describe).toList();
    }

    private BudgetExecution read(String contract) throws Exception {
        return mapper.treeToValue(Contracts.get("budget-service", contract).response().body(), BudgetExecution.class);
    }

    /** "GET /path {name=value, …}" of a request WireMock received (query parameters sorted by name). */
    private static String describe(LoggedRequest r) {
        Map<String, String> query = new TreeMap<>();
        r.getQueryParams().forEach((name, values) -> {
            assertThat(values.values()).as("query parameter " + name + " sent once").hasSize(1);
            query.put(name, values.firstValue());
        });
        return r.getMethod().getName() + " " + r.getUrl().replaceFirst("\\?.*", "") + " " + query;
    }

    /** The members the record type (and the records inside it) reads that the recorded JSON does not have. */
    private static List<String> unrecorded(Class<?> type, JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String at = path + "." + c.getName();
            if (!node.has(c.getName())) {
                out.add(at);
                continue;
            }
            JsonNode value = node.get(c.getName());
            Type generic = c.getGenericType();
            if (c.getType().isRecord() && !value.isNull()) {
                out.addAll(unrecorded(c.getType(), value, at));
            } else if (generic instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.isRecord() && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    out.addAll(unrecorded(element, value.get(i), at + "[" + i + "]"));
                }
            }
        }
        return out;
    }
}
