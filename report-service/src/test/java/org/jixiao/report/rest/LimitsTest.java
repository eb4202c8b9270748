package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jixiao.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The server's limits: idle connections close after 15 s, a JSON body announced above 10 MB is a 413 problem+json
 * (platform RequestGuards), and no body above 11 MB is read: the HTTP server itself answers 413 and closes the
 * connection, without a problem+json body (Quarkus REST writes that answer before any mapper or filter of ours runs).
 */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class LimitsTest {
    static final int MB = 1024 * 1024;

    @Test
    void theLimitsAreConfigured() {
        var config = ConfigProvider.getConfig();
        assertThat(config.getValue("quarkus.http.idle-timeout", Duration.class)).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.getValue("quarkus.http.limits.max-body-size", String.class)).isEqualTo("11M");
    }

    @Test
    void aBodyAnnouncedAbove10MbIsA413BeforeItIsRead() throws Exception {
        long id = ReportApiTest.createReport("GZ-XFJ", 1);
        HttpResponse<String> answer = send(id, HttpRequest.BodyPublishers.ofByteArray(body(10 * MB + 100)));
        System.out.println("[limits] 10 MB + 100 bytes, Content-Length: " + answer.statusCode() + " " + answer.headers().firstValue("Content-Type"));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** Refused by the HTTP server (max-body-size) before the platform's guard sees it: a bare 413. */
    @Test
    void aBodyAnnouncedAbove11MbIsA413() throws Exception {
        long id = ReportApiTest.createReport("GZ-XFJ", 1);
        // Expect: 100-continue, as careful clients send it: the server refuses before the body is sent, so the answer is
        // read for certain (without it the server may close while the client is still writing, under load a reset)
        HttpResponse<String> answer = send(id, HttpRequest.BodyPublishers.ofByteArray(body(12 * MB)), true);
        System.out.println("[limits] 12 MB, Content-Length: " + answer.statusCode() + " " + answer.headers().firstValue("Content-Type")
                + " " + answer.body());
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    /** Without Content-Length the guard cannot refuse it up front; reading stops at 11 MB with a bare 413. */
    @Test
    void aChunkedBodyAbove11MbIsRefused() throws Exception {
        long id = ReportApiTest.createReport("GZ-XFJ", 1);
        byte[] body = body(12 * MB);
        HttpResponse<String> answer = send(id, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        System.out.println("[limits] 12 MB chunked: " + answer.statusCode() + " " + answer.headers().firstValue("Content-Type") + " "
                + answer.body());
        assertThat(answer.statusCode()).isEqualTo(413);
        given().get("/api/v1/reports/" + id).then().statusCode(200);
    }

    private static byte[] body(int size) {
        byte[] text = new byte[size];
        Arrays.fill(text, (byte) 'x');
        byte[] head = "{\"text\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, text, 0, head.length);
        text[size - 2] = '"';
        text[size - 1] = '}';
        return text;
    }

    private static HttpResponse<String> send(long id, HttpRequest.BodyPublisher body) throws Exception {
        return send(id, body, false);
    }

    private static HttpResponse<String> send(long id, HttpRequest.BodyPublisher body, boolean expectContinue) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/reports/" + id
                        + "/sections/problems")).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .header("Authorization", TestTokens.bearer(TestTokens.finance()))
                .expectContinue(expectContinue).PUT(body).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
