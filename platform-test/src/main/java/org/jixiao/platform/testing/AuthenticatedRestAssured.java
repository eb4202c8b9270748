package org.jixiao.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every RestAssured request of a @QuarkusTest carries a finance token unless it sets its own Authorization
 * header: the services require a token on every /api/v1 call, and most tests are about something else.
 * A test that means to send no token at all sends {@link #NO_TOKEN} as the header (the filter removes it).
 * Registered as a Quarkus test callback (META-INF/services), so it runs in the tests' class loader.
 */
public class AuthenticatedRestAssured implements QuarkusTestBeforeEachCallback {
    public static final String NO_TOKEN = "(none)";
    private static final String AUTHORIZATION = "Authorization";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(DefaultToken.class::isInstance)) {
            RestAssured.filters(new DefaultToken());
        }
    }

    static final class DefaultToken implements Filter {
        private final String finance = TestTokens.bearer(TestTokens.finance());

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            String sent = request.getHeaders().getValue(AUTHORIZATION);
            if (sent == null) {
                request.header(AUTHORIZATION, finance);
            } else if (NO_TOKEN.equals(sent)) {
                request.removeHeader(AUTHORIZATION);
            }
            return context.next(request, response);
        }
    }
}
