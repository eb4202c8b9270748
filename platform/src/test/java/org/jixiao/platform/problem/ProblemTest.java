package org.jixiao.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void bodyHasTheRfc9457MembersAndOmitsWhatIsEmpty() throws Exception {
        String json = mapper.writeValueAsString(ProblemException.notFound("department X does not exist").toProblem());
        assertThat(mapper.readTree(json).properties()).extracting(Map.Entry::getKey)
                .containsExactly("type", "title", "status", "detail");
        assertThat(mapper.readTree(json).path("type").asText()).isEqualTo("https://jixiao.org/problems/not-found");
    }

    @Test
    void fieldErrorsCarryTheRowIndexOnlyForBatches() throws Exception {
        Problem p = ProblemException.invalid("2 invalid rows", List.of(new FieldError(3, "amount", "must be a number"),
                new FieldError("name", "must not be blank"))).toProblem();
        var tree = mapper.readTree(mapper.writeValueAsString(p));
        assertThat(tree.path("status").asInt()).isEqualTo(400);
        assertThat(tree.path("errors").get(0).toString()).isEqualTo("{\"index\":3,\"field\":\"amount\",\"message\":\"must be a number\"}");
        assertThat(tree.path("errors").get(1).has("index")).isFalse();
    }

    @Test
    void extensionMembersSitBesideTheStandardOnes() throws Exception {
        Problem p = ProblemException.unprocessable("FATAL findings stand", null).with("findings", List.of("RATE-DERIVED"))
                .toProblem();
        var tree = mapper.readTree(mapper.writeValueAsString(p));
        assertThat(tree.path("findings").get(0).asText()).isEqualTo("RATE-DERIVED");
        assertThat(tree.path("type").asText()).endsWith("/domain-rule");
    }

    @Test
    void validationPathsLoseMethodAndParameterNames() {
        assertThat(ProblemMappers.field("create.request.divisions[0]")).isEqualTo("divisions[0]");
        assertThat(ProblemMappers.field("create.request.children[1].points")).isEqualTo("children[1].points");
        assertThat(ProblemMappers.field("list.size")).isEqualTo("size");
    }

    @Test
    void theDatabasesRefusalsAreAnswersNotInternalErrors() {
        var lost = new RuntimeException(new SQLException("connection lost", "08006"));
        var duplicate = new IllegalStateException(new RuntimeException(new SQLException("dup", "23505")));
        var tooLong = new SQLException("value too long", "22001");
        var mappers = new ProblemMappers();
        assertThat(mappers.unexpected(lost).getStatus()).isEqualTo(503);
        assertThat(mappers.unexpected(lost).getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(mappers.unexpected(duplicate).getStatus()).isEqualTo(409);
        assertThat(mappers.unexpected(tooLong).getStatus()).isEqualTo(400);
        assertThat(ProblemMappers.sqlState(new RuntimeException("no SQL here"))).isNull();
    }

    @Test
    void anUnexpectedErrorCarriesACorrelationIdAndNoStackTrace() {
        Problem body = (Problem) new ProblemMappers().unexpected(new NullPointerException("secret detail")).getEntity();
        assertThat(body.status()).isEqualTo(500);
        assertThat(body.extensions()).containsKey("correlationId");
        assertThat(body.detail()).contains(body.extensions().get("correlationId").toString()).doesNotContain("secret");
    }

    @Test
    void messagesNeverQuoteMoreThanALine() {
        assertThat(ProblemMappers.clip("x".repeat(100_000))).hasSize(301);
        assertThat(ProblemMappers.clip("short")).isEqualTo("short");
    }

    @Test
    void aWrappedParseErrorSaysWhatIsWrong() {
        var parse = new JsonParseException(null, "Duplicate field 'name'");
        var wrapped = new BadRequestException(parse);
        Problem body = (Problem) new ProblemMappers().web(wrapped).getEntity();
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.detail()).contains("Duplicate field 'name'");
    }

    @Test
    void aBodyCutAtTheServersCapIsA413NotA500() {
        RuntimeException wrapped = new RuntimeException(new UncheckedIOException(new IOException("Request too large")));
        assertThat(ProblemMappers.tooLarge(wrapped)).isTrue();
        assertThat(new ProblemMappers().unexpected(wrapped).getStatus()).isEqualTo(413);
        assertThat(ProblemMappers.tooLarge(new IOException("Broken pipe"))).isFalse();
    }

    @Test
    void aBusyServiceSaysSoWithItsOwnTypeAndWhenToRetry() {
        var response = new ProblemMappers().busy(new BusyException("every core is computing other requests", 1));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("https://jixiao.org/problems/busy");
        assertThat(problem.detail()).startsWith("every core is computing other requests; nothing was changed");
    }
}
