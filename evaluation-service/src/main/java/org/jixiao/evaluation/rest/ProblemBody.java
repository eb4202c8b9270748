package org.jixiao.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jixiao.evaluation.domain.Problem;

/** RFC 9457 problem details with the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemBody(String type, String title, int status, String detail, List<Problem> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response.ResponseBuilder response(int status, String title, String detail, List<Problem> errors) {
        String type = "https://jixiao.org/problems/" + switch (status) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 422 -> "domain-rule";
            case 503 -> "peer-unavailable";
            default -> "server-error";
        };
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new ProblemBody(type, title, status, detail, errors == null || errors.isEmpty() ? null : errors));
    }
}
