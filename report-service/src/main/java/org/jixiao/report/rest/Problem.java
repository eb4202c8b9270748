package org.jixiao.report.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.service.ProblemException.FieldError;

/** RFC 9457 problem details; a refused publication also lists its FATAL findings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, List<Finding> findings) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response.ResponseBuilder builder(int status, String title, String detail, List<FieldError> errors, List<Finding> findings) {
        String type = "https://jixiao.org/problems/" + switch (status) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 415 -> "unsupported-media-type";
            case 422 -> "domain-rule";
            case 502 -> "bad-gateway";
            case 503 -> "peer-unavailable";
            default -> status >= 500 ? "server-error" : "client-error";
        };
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, errors == null || errors.isEmpty() ? null : errors, findings));
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return builder(status, title, detail, errors, null).build();
    }
}
