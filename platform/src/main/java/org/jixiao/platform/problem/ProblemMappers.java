package org.jixiao.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.platform.peer.PeerRejectedException;
import org.jixiao.platform.peer.PeerUnavailableException;

/** Every error of every service leaves as application/problem+json, without stack traces. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int MAX_MESSAGE_LENGTH = 300;
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

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

    @ServerExceptionMapper
    public Response busy(BusyException e) {
        return new Problem(Problem.typeOf("busy"), "Service busy", 503,
                e.getMessage() + "; nothing was changed, try again later", null, null)
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
        String message = clip(e instanceof InvalidFormatException bad
                ? "'" + bad.getValue() + "' is not a valid " + bad.getTargetType().getSimpleName()
                : e.getOriginalMessage());
        return Problem.of(400, "Malformed request body", "the body is not valid JSON for this request: " + message,
                field.isEmpty() ? null : List.of(new FieldError(field, message))).toResponse().build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // the JSON reader wraps parse errors (malformed, trailing tokens, duplicate keys) in a bare 400: say what is wrong
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return unreadable(json);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), null).toResponse().build();
    }

    /**
     * What is left. The database's own refusals are still answers a client can act on: a lost connection
     * is a 503, a duplicate a 409 (a check-then-insert race lost), data the column cannot hold a 400. Anything
     * else is a 500 with a correlation id that is also in the log line.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String state = sqlState(e);
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
            LOG.warnf("database unavailable (SQLState %s): %s", state, e.getMessage());
            return Problem.of(503, "Database unavailable", "the database connection failed; nothing was changed, try again",
                    null).toResponse().header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
        }
        if ("23505".equals(state)) {
            return Problem.of(409, "Conflict", "it already exists (stored by a concurrent request); nothing was changed",
                    null).toResponse().build();
        }
        if (state != null && state.startsWith("22")) {
            return Problem.of(400, "Invalid request", "a value cannot be stored as sent (too long, out of range or "
                    + "an unsupported character); nothing was changed", null).toResponse().build();
        }
        if (tooLarge(e)) {
            // the server's body cap (quarkus.http.limits.max-body-size) cut a chunked body while it was being read
            return Problem.of(413, "Payload too large", "the body is larger than the server accepts; nothing was changed",
                    null).toResponse().build();
        }
        if (causedBy(e, HttpClosedException.class)) {
            LOG.debugf("client closed the connection before its request was read: %s", e.getMessage());
            return Problem.of(400, "Incomplete request", "the connection closed before the whole request was read; "
                    + "nothing was changed", null).toResponse().build();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error [correlationId=%s]", correlationId);
        return new Problem(Problem.typeOf(500), "Internal error", 500,
                "an unexpected error occurred; nothing was changed (correlation id " + correlationId + ")", null,
                Map.of("correlationId", correlationId)).toResponse().build();
    }

    /** Vert.x's input stream reports a body past the server's cap as an IOException "Request too large". */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && "Request too large".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the first SQLException in the cause chain, or null. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Messages may quote what was sent: never more than a line of it. */
    static String clip(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_LENGTH) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    /** A validation path "create.request.divisions[0]" → "divisions[0]": method and parameter dropped. */
    static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }
}
