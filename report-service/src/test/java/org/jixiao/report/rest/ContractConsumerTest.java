package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.platform.testing.Contract;
import org.jixiao.platform.testing.Contracts;
import org.jixiao.report.domain.FigureTable;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.data.Department;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.data.ProjectEvaluations;
import org.jixiao.report.domain.data.CityDepartments;
import org.jixiao.report.domain.data.Cycle;
import org.jixiao.report.domain.data.CycleProgress;
import org.jixiao.report.domain.data.ProjectResult;
import org.jixiao.report.domain.data.Ranking;
import org.jixiao.report.domain.data.Rectifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * report-service's side of the recorded contracts (contracts/README.md): every answer it is recorded to receive reads
 * into its own records, member by member, and gives the model report's figures; the requests it really sends are
 * exactly the recorded ones.
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class ContractConsumerTest {
    /** The record report-service reads each recorded answer into (ReportData.from). */
    static final Map<String, Class<? extends Record>> READ_AS = Map.ofEntries(Map.entry("rectifications", Rectifications.class),
            Map.entry("department", Department.class), Map.entry("execution-municipal", Execution.class),
            Map.entry("execution-all", Execution.class), Map.entry("ranking", Ranking.class),
            Map.entry("score-result", EvaluationResult.class), Map.entry("project-evaluations", ProjectEvaluations.class),
            Map.entry("project-result", ProjectResult.class), Map.entry("departments", CityDepartments.class),
            Map.entry("cycle", Cycle.class), Map.entry("cycle-progress", CycleProgress.class));
    /**
     * Members evaluation-service sends only when set (NON_NULL): a node's indicator row, cause and remedy; a
     * department's targets and the times of steps not done.
     */
    static final Set<String> SENT_WHEN_SET = Set.of("indicator", "cause", "remedy", "targets", "submittedAt", "doneAt", "checkpoint");

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void closeEveryBreaker() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    static Stream<Named<Contract>> contracts() {
        return PeersWireMock.modelContracts().stream().map(c -> Named.of(c.provider() + "/" + c.name(), c));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyMemberTheRecordsReadIsRecorded(Contract contract) throws Exception {
        Class<? extends Record> type = READ_AS.get(contract.name());
        assertThat(type).as("the record report-service reads " + contract.name() + " into").isNotNull();
        JsonNode body = contract.response().body();
        assertThat(mapper.treeToValue(body, type)).isNotNull();
        assertThat(Contracts.unrecordedMembers(type, body, contract.name()))
                .filteredOn(m -> !SENT_WHEN_SET.contains(m.substring(m.lastIndexOf('.') + 1)))
                .as("members read but not recorded").isEmpty();
    }

    @Test
    void theRecordedAnswersGiveTheModelReportsFigures() {
        ReportData data = ReportData.from(Fixtures.snapshot(), mapper);
        assertThat(data.municipal().total().spent()).isEqualByComparingTo("36614525.00");
        assertThat(data.rankingEntry().rank()).isEqualTo(6);
        assertThat(data.evaluation().total()).isEqualByComparingTo("93.16");
        assertThat(data.departmentName()).isEqualTo("广州市信访局");
        assertThat(data.projects()).extracting(p -> p.projectKey()).containsExactly("XXH");
        assertThat(data.project("XXH").total()).isEqualByComparingTo("100");
        assertThat(data.project("XXH").execution().total().spent()).isEqualByComparingTo("1860000");

        FigureTable figures = FigureTable.of(data);
        Map<String, String> printed = new TreeMap<>();
        for (String key : List.of("execution.total.adjustedBudget", "execution.total.spent", "execution.total.rate",
                "execution.basic.spent", "execution.basic.rate", "execution.project.adjustedBudget", "execution.project.spent",
                "execution.project.rate", "execution.all.adjustedBudget", "execution.all.spent", "ranking.rank", "score.total",
                "score.node.MANAGEMENT", "score.node.DUTY", "score.grade", "department.divisionCount")) {
            printed.put(key, figures.get(key).orElseThrow(() -> new AssertionError("no figure " + key)).text());
        }
        assertThat(printed).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("execution.total.adjustedBudget", "3664.35"), Map.entry("execution.total.spent", "3661.45"),
                Map.entry("execution.total.rate", "99.92%"), Map.entry("execution.basic.spent", "2760.38"),
                Map.entry("execution.basic.rate", "99.91%"), Map.entry("execution.project.adjustedBudget", "901.53"),
                Map.entry("execution.project.spent", "901.08"), Map.entry("execution.project.rate", "99.95%"),
                Map.entry("execution.all.adjustedBudget", "3834.35"), Map.entry("execution.all.spent", "3831.45"),
                Map.entry("ranking.rank", "6"), Map.entry("score.total", "93.16"), Map.entry("score.node.MANAGEMENT", "43.16"),
                Map.entry("score.node.DUTY", "50"), Map.entry("score.grade", "优"), Map.entry("department.divisionCount", "7")));
    }

    @Test
    void theRequestsSentForAVersionAreExactlyTheRecordedOnes() {
        long id = ReportApiTest.modelReport();
        PeersWireMock.server.resetRequests();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/reports/" + id + "/versions").then().statusCode(201);

        List<String> sent = PeersWireMock.server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(Contracts::requestLine).toList();
        List<String> recorded = PeersWireMock.modelContracts().stream().filter(c -> !PeersWireMock.BOARD_CONTRACTS.contains(c.name()))
                .map(c -> Contracts.requestLine(c.request())).toList();
        assertThat(sent).containsExactlyInAnyOrderElementsOf(recorded);
    }

    /**
     * A version of 2021 shows what was found in 2020: evaluation-service's recorded items are kept in the snapshot (with
     * the request that fetched them) and printed as 上年度绩效评价问题整改情况.
     */
    @Test
    void aVersionShowsTheRectificationItemsOfTheYearBefore() {
        long id = ReportApiTest.modelReport();
        int v = given().contentType(ContentType.JSON).body("{}").post("/api/v1/reports/" + id + "/versions").then().statusCode(201)
                .extract().jsonPath().getInt("version");
        io.restassured.path.json.JsonPath version = given().accept(ContentType.JSON).get("/api/v1/reports/" + id + "/versions/" + v)
                .then().statusCode(200).extract().jsonPath();
        assertThat(version.getList("snapshot.previousYearRectifications.items.problem", String.class)).hasSize(2);
        assertThat(version.getString("snapshot.requests.previousYearRectifications"))
                .isEqualTo("GET evaluation-service /api/v1/rectifications?department=GZ-XFJ&year=2020&size=100");
        assertThat(version.getList("document.blocks.text", String.class))
                .contains("上年度绩效评价问题整改情况。", "我局对2020年度绩效评价发现的2个问题逐项落实整改，其中已完成整改1个、逾期未完成整改1个。");
        String markdown = given().get("/api/v1/reports/" + id + "/versions/" + v + "?format=markdown").then().statusCode(200)
                .extract().asString();
        assertThat(markdown).contains("| 存在问题 | 整改措施 | 责任人 | 整改时限 | 整改情况 |");
    }
}
