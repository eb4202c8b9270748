package org.jixiao.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractsTest {
    private static Contract recorded(String body, Contract.Match match, String... ignore) {
        return new Contract("t", "p", List.of("c"), "", new Contract.Request("GET", "/x/{id}", Map.of("id", "1"), null),
                new Contract.Response(200, Contracts.parse(body)), match, List.of(ignore));
    }

    private static JsonNode json(String text) {
        return Contracts.parse(text);
    }

    @Test
    void anAnswerWithMoreMembersAndEqualNumbersKeepsTheContract() {
        Contract c = recorded("{\"total\":{\"spent\":36614525.00,\"rate\":99.92},\"lines\":[{\"code\":\"A\"}]}", Contract.Match.VALUES);
        assertThat(Contracts.breaches(c, json("{\"total\":{\"spent\":36614525,\"rate\":99.92,\"new\":1},\"lines\":[{\"code\":\"A\"}]}")))
                .isEmpty();
    }

    @Test
    void aMissingMemberAnotherTypeOrAnotherValueBreaksIt() {
        Contract c = recorded("{\"total\":{\"spent\":1.00,\"rate\":99.92},\"status\":\"GREEN\",\"lines\":[{\"code\":\"A\"}]}",
                Contract.Match.VALUES);
        assertThat(Contracts.breaches(c, json("{\"total\":{\"spent\":\"1.00\"},\"status\":\"RED\",\"lines\":[]}")))
                .containsExactly("total.spent: STRING where NUMBER was recorded", "total.rate: missing",
                        "status: \"RED\" where \"GREEN\" was recorded", "lines: 0 items where 1 were recorded");
    }

    @Test
    void ignoredPathsAndShapeContractsCompareTypesOnly() {
        Contract values = recorded("{\"lastChangedAt\":\"2021-01-01\",\"rate\":1}", Contract.Match.VALUES, "lastChangedAt");
        assertThat(Contracts.breaches(values, json("{\"lastChangedAt\":\"2026-11-30\",\"rate\":1}"))).isEmpty();
        Contract shape = recorded("{\"departments\":[{\"rank\":1,\"department\":\"A\"}]}", Contract.Match.SHAPE);
        assertThat(Contracts.breaches(shape, json("{\"departments\":[{\"rank\":7,\"department\":\"B\"},{\"rank\":8}]}"))).isEmpty();
        assertThat(Contracts.breaches(shape, json("{\"departments\":[{\"rank\":\"7\",\"department\":\"B\"}]}")))
                .containsExactly("departments[0].rank: STRING where NUMBER was recorded");
    }

    @Test
    void pathParametersAndQueriesMakeTheUri() {
        Contract.Request r = new Contract.Request("GET", "/api/v1/evaluations/{id}/result", Map.of("id", "1"),
                new LinkedHashMap<>(Map.of("asOf", "2021-12-31")));
        assertThat(r.uri()).isEqualTo("/api/v1/evaluations/1/result?asOf=2021-12-31");
        assertThat(r.uri(Map.of("id", "42"))).startsWith("/api/v1/evaluations/42/result");
    }

    @Test
    void theRepositoryContractsLoad() {
        assertThat(Contracts.answeredBy("budget-service")).extracting(Contract::name)
                .containsExactly("department", "departments", "execution-all", "execution-municipal", "project-execution", "ranking");
        assertThat(Contracts.sentBy("evaluation-service", "budget-service")).extracting(Contract::name)
                .containsExactly("execution-all", "execution-municipal", "project-execution", "ranking");
        assertThat(Contracts.get("evaluation-service", "score-result").ignore()).contains("scoredAt");
        assertThat(Contracts.sentBy("report-service", "evaluation-service")).extracting(Contract::name)
                .containsExactly("cycle-progress", "cycle", "project-evaluations", "project-result", "rectifications", "score-result");
    }
}
