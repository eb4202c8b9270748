package org.jixiao.evaluation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.evaluation.client.PeerUnavailableException;
import org.jixiao.evaluation.domain.Problem;
import org.jixiao.evaluation.service.ProblemException;

/** Every error leaves as application/problem+json, without stack traces. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final int RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemBody.response(e.status(), e.title(), e.getMessage(), e.errors()).build();
    }

    @ServerExceptionMapper
    public Response peerDown(PeerUnavailableException e) {
        LOG.warnf("budget-service unavailable: %s", e.getMessage());
        return ProblemBody.response(503, "Peer unavailable", e.getMessage() + "; nothing was scored, try again later", null)
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem::field)).collect(Collectors.toList());
        return ProblemBody.response(400, "Invalid request", errors.size() + " invalid field(s)", errors).build();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = "";
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message = e instanceof InvalidFormatException bad
                ? "'" + bad.getValue() + "' is not a valid " + bad.getTargetType().getSimpleName()
                : e.getOriginalMessage();
        return ProblemBody.response(400, "Malformed request body", "the body is not valid JSON for this request: " + message,
                field.isEmpty() ? null : List.of(new Problem(field, message))).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return ProblemBody.response(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), null).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return ProblemBody.response(500, "Internal error", "an unexpected error occurred; nothing was changed", null).build();
    }

    private static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1]
                : String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
}
