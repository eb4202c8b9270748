package org.jixiao.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A table-driven check of who may do what: each operation is sent once by each caller, and the status must be the
 * expected one. Every 2xx write adds exactly one DONE audit record, every 403 exactly one REFUSED record, and
 * nothing else (a read, a 401, a 4xx of bad input) adds any.
 */
public final class AccessMatrix {
    /** Expected statuses for the {@link Callers#standard} callers: a read of the own department's data. */
    public static final String READ_OWN = "200 200 403 200 200 403 403 403";
    /** A read every role may do (a token without a known role may not). */
    public static final String EVERY_ROLE = "200 200 200 200 200 200 403 200";
    /** A read for finance and auditors only. */
    public static final String FINANCE_AND_AUDITOR = "200 403 403 200 403 403 403 403";

    /** The callers, in the order of the expected statuses. */
    public record Callers(Map<String, String> tokens) {
        /**
         * The eight callers every service's access test uses, in this order: finance, a department user of
         * {@code own}, one of {@code other}, an auditor, a third party assigned {@code own} (and a department that
         * does not exist), a third party assigned {@code other}, a token without a known role, and a department user
         * whose claim names a department that does not exist.
         */
        public static Callers standard(String own, String other) {
            return of("finance", TestTokens.finance(), "department " + own, TestTokens.department(own),
                    "department " + other, TestTokens.department(other), "auditor", TestTokens.auditor(),
                    "third-party " + own, TestTokens.thirdParty(own, "NO-SUCH-DEPT"),
                    "third-party " + other, TestTokens.thirdParty(other),
                    "no role", TestTokens.of("clerk"), "department NO-SUCH-DEPT", TestTokens.department("NO-SUCH-DEPT"));
        }

        public static Callers of(String... nameThenToken) {
            Map<String, String> tokens = new LinkedHashMap<>();
            for (int i = 0; i < nameThenToken.length; i += 2) {
                tokens.put(nameThenToken[i], nameThenToken[i + 1]);
            }
            return new Callers(tokens);
        }
    }

    /**
     * @param body     the body for the n-th attempt (unique codes, so that each allowed attempt can succeed), or null
     * @param expected one status per caller, separated by spaces
     */
    public record Operation(String name, String method, String path, String contentType, Function<Integer, String> body,
                            String expected) {
        public static Operation read(String name, String path, String expected) {
            return new Operation(name, "GET", path, null, null, expected);
        }

        public static Operation write(String name, String method, String path, Function<Integer, String> body, String expected) {
            return new Operation(name, method, path, "application/json", body, expected);
        }

        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    private final DataSource dataSource;
    private final Callers callers;
    private int attempt;

    public AccessMatrix(DataSource dataSource, Callers callers) {
        this.dataSource = dataSource;
        this.callers = callers;
    }

    /** Runs every operation for every caller; returns the mismatches (empty when all is as expected). */
    public List<String> run(List<Operation> operations) {
        List<String> mismatches = new ArrayList<>();
        for (Operation op : operations) {
            String[] expected = op.expected().trim().split("\\s+");
            assertThat(expected).as(op.name() + ": one status per caller").hasSize(callers.tokens().size());
            int i = 0;
            for (Map.Entry<String, String> caller : callers.tokens().entrySet()) {
                int want = Integer.parseInt(expected[i++]);
                long done = count("DONE");
                long refused = count("REFUSED");
                var request = given().header("Authorization", TestTokens.bearer(caller.getValue()));
                if (op.contentType() != null) {
                    request.contentType(op.contentType());
                }
                if (op.body() != null) {
                    request.body(op.body().apply(++attempt));
                }
                Response answer = request.request(op.method(), op.path());
                int got = answer.statusCode();
                String where = op.name() + " (" + op.method() + " " + op.path() + ") as " + caller.getKey();
                if (got != want) {
                    mismatches.add(where + ": " + got + ", expected " + want + " " + answer.asString());
                    continue;
                }
                long wantDone = op.isWrite() && got < 300 ? 1 : 0;
                long wantRefused = got == 403 ? 1 : 0;
                if (count("DONE") - done != wantDone || count("REFUSED") - refused != wantRefused) {
                    mismatches.add(where + ": audit records DONE +" + (count("DONE") - done) + " REFUSED +"
                            + (count("REFUSED") - refused) + ", expected +" + wantDone + " / +" + wantRefused);
                }
            }
        }
        return mismatches;
    }

    private long count(String outcome) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_event WHERE outcome = '" + outcome + "'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
