package org.jixiao.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.evaluation.client.BudgetExecution;
import org.jixiao.evaluation.client.CityRanking;
import org.jixiao.evaluation.client.ProjectBudget;
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

    /** The record each recorded answer is read into. */
    private static final Map<String, Class<?>> READERS = Map.of("execution-municipal", BudgetExecution.class,
            "execution-all", BudgetExecution.class, "project-execution", ProjectBudget.class, "ranking", CityRanking.class);

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
        Class<?> reader = READERS.get(contract.name());
        assertThat(reader).as("the record that reads " + contract.name()).isNotNull();
        assertThat(mapper.treeToValue(body, reader)).isNotNull();
        assertThat(Contracts.unrecordedMembers(reader, body, contract.name())).as("members read but not recorded").isEmpty();
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
        List<String> recorded = sent().stream().filter(c -> c.name().startsWith("execution-"))
                .map(c -> Contracts.requestLine(c.request())).toList();

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
                .map(Contracts::requestLine).toList();
    }

    @Test
    void theRecordedProjectAndRankingGiveWhatScoringReads() throws Exception {
        ProjectBudget project = mapper.treeToValue(Contracts.get("budget-service", "project-execution").response().body(),
                ProjectBudget.class);
        assertThat(project.projectKey()).isEqualTo("XXH");
        assertThat(project.total().adjustedBudget()).isEqualByComparingTo(project.total().spent());
        assertThat(project.lines()).extracting(BudgetExecution.Line::lineCode).containsExactly("P-2019-XXH");
        assertThat(project.bySource()).extracting(ProjectBudget.Source::fundingSource).containsExactly("MUNICIPAL");
        CityRanking ranking = mapper.treeToValue(Contracts.get("budget-service", "ranking").response().body(), CityRanking.class);
        assertThat(ranking.rankOf(MODEL_DEPARTMENT)).isEqualTo(6);
        assertThat(ranking.departments()).hasSize(12);
    }

    private BudgetExecution read(String contract) throws Exception {
        return mapper.treeToValue(Contracts.get("budget-service", contract).response().body(), BudgetExecution.class);
    }
}
