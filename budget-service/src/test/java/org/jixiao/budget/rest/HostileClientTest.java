package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.jixiao.platform.testing.Concurrently;
import org.junit.jupiter.api.Test;

/** Clients that are slow, lie about their body, forge the Host header, or meet a database that drops connections. */
@QuarkusTest
class HostileClientTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aHalfOpenRequestIsClosedAfterTheIdleTimeout() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/departments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"code\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(20_000);
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // whatever the server answers, it must then close the connection
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertThat(seconds).as("closed after the test profile's 2 s idle timeout").isLessThan(10);
        }
    }

    @Test
    void aBodyAnnouncedAboveTheLimitIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST /api/v1/departments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            String answer = new String(socket.getInputStream().readNBytes(400), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
    }

    @Test
    void theLocationHeaderNeverCarriesAForgedHost() {
        given().header("Host", "evil.example:666").contentType(ContentType.JSON)
                .body("{\"code\": \"HOST-1\", \"name\": \"主机头\"}").post("/api/v1/departments").then().statusCode(201)
                .header("Location", equalTo("/api/v1/departments/HOST-1"))
                .header("Location", not(startsWith("http://evil")));
    }

    @Test
    void connectionsKilledByTheDatabaseGive503NotAnInternalError() throws Exception {
        given().contentType(ContentType.JSON).body("{\"code\": \"KILL-1\", \"name\": \"断连\"}").post("/api/v1/departments")
                .then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
        List<Integer> statuses = Concurrently.run(16, i -> given().get("/api/v1/departments/KILL-1").statusCode());
        assertThat(statuses).containsOnly(200, 503);
        given().get("/api/v1/departments/KILL-1").then().statusCode(200);
    }
}
