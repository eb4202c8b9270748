package org.jixiao.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What every service promises about tokens and its audit trail, run by each service's @QuarkusTest subclass:
 * every token defect is a 401 problem+json with a Bearer challenge and changes nothing; a token without a known
 * role is a 403; the database refuses to change or delete audit records.
 */
public abstract class SecurityContract {
    /** An operation every service has, readable by finance: the service's audit trail. */
    protected static final String READ = "/api/v1/audit";

    /** A write finance may do, as the service's clients send it; refused, it must change nothing. */
    public record Write(String method, String path, String body) {
    }

    protected abstract Write write();

    protected abstract DataSource dataSource();

    @Test
    void aValidTokenIsAccepted() {
        given().header("Authorization", TestTokens.bearer(TestTokens.finance())).get(READ).then().statusCode(200);
    }

    @Test
    void noTokenIs401() {
        assertUnauthorized(given().header("Authorization", AuthenticatedRestAssured.NO_TOKEN));
    }

    @Test
    void malformedTokensAre401() {
        for (String header : new String[]{"Bearer", "Bearer ", "Bearer not-a-jwt", "Bearer a.b.c", "Bearer ...",
                "Bearer " + "x".repeat(5000), "bearer" + TestTokens.finance(), "Basic ZmluYW5jZTpmaW5hbmNl",
                "Token " + TestTokens.finance(), "Bearer " + TestTokens.finance() + "x"}) {
            assertUnauthorized(given().header("Authorization", header));
        }
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        String forged = TestTokens.sign(TestTokens.claims("finance"), TestKeys.newPair().getPrivate());
        assertUnauthorized(given().header("Authorization", TestTokens.bearer(forged)));
    }

    @Test
    void anUnsignedTokenIs401() {
        String[] parts = TestTokens.finance().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertUnauthorized(given().header("Authorization", "Bearer " + none + "." + parts[1] + "."));
        assertUnauthorized(given().header("Authorization", "Bearer " + parts[0] + "." + parts[1] + "."));
    }

    @Test
    void anExpiredTokenIs401() {
        Map<String, Object> claims = TestTokens.claims("finance");
        long past = Instant.now().minusSeconds(7200).getEpochSecond();
        claims.put("iat", past - 3600);
        claims.put("exp", past);
        assertUnauthorized(given().header("Authorization", TestTokens.bearer(TestTokens.sign(claims, TestKeys.signingKey()))));
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        Map<String, Object> claims = TestTokens.claims("finance");
        claims.put("iss", "https://elsewhere.example/realms/other");
        assertUnauthorized(given().header("Authorization", TestTokens.bearer(TestTokens.sign(claims, TestKeys.signingKey()))));
        claims.remove("iss");
        assertUnauthorized(given().header("Authorization", TestTokens.bearer(TestTokens.sign(claims, TestKeys.signingKey()))));
    }

    @Test
    void aTokenInTheQueryStringIsNotAccepted() {
        String token = TestTokens.finance();
        assertUnauthorized(given().header("Authorization", AuthenticatedRestAssured.NO_TOKEN)
                .queryParam("access_token", token).queryParam("token", token).queryParam("jwt", token));
    }

    @Test
    void aHugeAuthorizationHeaderIsRefusedWithout5xx() {
        Response answer = given().header("Authorization", "Bearer " + "A".repeat(100 * 1024)).get(READ);
        assertThat(answer.statusCode()).isIn(401, 431);
    }

    @Test
    void aTokenWithoutAKnownRoleIs403() {
        for (String role : new String[]{"admin", "Finance", "user"}) {
            Response answer = given().header("Authorization", TestTokens.bearer(TestTokens.of(role))).get(READ);
            assertThat(answer.statusCode()).as(role).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        Map<String, Object> noGroups = TestTokens.claims("finance");
        noGroups.remove("groups");
        given().header("Authorization", TestTokens.bearer(TestTokens.sign(noGroups, TestKeys.signingKey()))).get(READ)
                .then().statusCode(403);
    }

    @Test
    void refusedWritesChangeNothing() {
        Supplier<String> fingerprint = DatabaseFingerprint.of(dataSource());
        String before = fingerprint.get();
        Write write = write();
        for (String header : new String[]{AuthenticatedRestAssured.NO_TOKEN, "Bearer not-a-jwt",
                TestTokens.bearer(TestTokens.of("admin")), TestTokens.bearer(TestTokens.auditor())}) {
            Response answer = given().header("Authorization", header).contentType("application/json").body(write.body())
                    .request(write.method(), write.path());
            assertThat(answer.statusCode()).as(header).isIn(401, 403);
        }
        assertThat(fingerprint.get()).isEqualTo(before);
    }

    /** 401 before the body is read: a megabyte sent without a token is answered at once, several times in a row. */
    @Test
    void aWriteWithoutATokenIsAnsweredWithoutReadingItsBody() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "[" + "{\"x\": \"" + "x".repeat(1000) + "\"},".repeat(1000) + "{}]";
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                            + write().path())).header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .method(write().method(), HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(millis).as("attempt %d took %d ms", i, millis).isLessThan(2000);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRecords() throws SQLException {
        given().header("Authorization", TestTokens.bearer(TestTokens.auditor())).contentType("application/json")
                .body(write().body()).request(write().method(), write().path()).then().statusCode(403);
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET subject = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_event")).hasMessageContaining("append-only");
        }
    }

    private static void assertUnauthorized(RequestSpecification request) {
        Response answer = request.get(READ);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(401);
    }
}
