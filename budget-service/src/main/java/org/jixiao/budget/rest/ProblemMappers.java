package org.jixiao.budget.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.budget.domain.RowError;
import org.jixiao.budget.service.ProblemException;

/** Every error leaves as application/problem+json, without stack traces. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.status(), e.title(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<RowError> errors = e.getConstraintViolations().stream()
                .map(v -> new RowError(null, field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(RowError::field))
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
                field.isEmpty() ? null : List.of(new RowError(null, field, message)));
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

    /** "create.request.name" → "name"; keeps list indexes such as "divisions[0]". */
    private static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
}
