package org.jixiao.report.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.report.client.PeerRejectedException;
import org.jixiao.report.client.PeerUnavailableException;
import org.jixiao.report.service.ProblemException;
import org.jixiao.report.service.ProblemException.FieldError;

/** Every error leaves as application/problem+json, without stack traces. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.builder(e.status(), e.title(), e.getMessage(), e.errors(), e.findings()).build();
    }

    @ServerExceptionMapper
    public Response peerDown(PeerUnavailableException e) {
        LOG.warnf("peer unavailable: %s (%s)", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return Problem.builder(503, "Peer service unavailable", e.getMessage() + "; nothing was stored, retry later", null, null)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response peerRejected(PeerRejectedException e) {
        return Problem.response(422, "Unprocessable request", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return Problem.response(400, "Invalid request", errors.size() + " invalid field(s)", errors);
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
        return Problem.response(400, "Malformed request body", "the body is not valid JSON for this request: " + message,
                field.isEmpty() ? null : List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Problem.response(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return Problem.response(500, "Internal error", "an unexpected error occurred; nothing was changed", null);
    }

    /** "create.request.year" → "year". */
    private static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
}
