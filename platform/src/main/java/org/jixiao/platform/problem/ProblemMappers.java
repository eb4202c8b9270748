package org.jixiao.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.platform.peer.PeerRejectedException;
import org.jixiao.platform.peer.PeerUnavailableException;

/** Every error of every service leaves as application/problem+json, without stack traces. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.toProblem().toResponse().build();
    }

    @ServerExceptionMapper
    public Response peerDown(PeerUnavailableException e) {
        LOG.warnf("peer unavailable: %s (%s)", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return Problem.of(503, "Peer service unavailable", e.getMessage() + "; nothing was changed, try again later", null)
                .toResponse().header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).build();
    }

    /** A peer's 4xx the service did not translate itself: the request names something the peer refuses. */
    @ServerExceptionMapper
    public Response peerRejected(PeerRejectedException e) {
        return Problem.of(422, "Unprocessable request", e.getMessage(), null).toResponse().build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return Problem.of(400, "Invalid request", errors.size() + " invalid field(s)", errors).toResponse().build();
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
        return Problem.of(400, "Malformed request body", "the body is not valid JSON for this request: " + message,
                field.isEmpty() ? null : List.of(new FieldError(field, message))).toResponse().build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), null).toResponse().build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return Problem.of(500, "Internal error", "an unexpected error occurred; nothing was changed", null)
                .toResponse().build();
    }

    /** A validation path "create.request.divisions[0]" → "divisions[0]": method and parameter dropped. */
    static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }
}
