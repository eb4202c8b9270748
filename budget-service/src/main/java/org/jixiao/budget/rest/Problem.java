package org.jixiao.budget.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jixiao.budget.domain.RowError;

/** RFC 9457 problem details; batch rows carry their index. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<RowError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(int status, String title, String detail, List<RowError> errors) {
        String type = "https://jixiao.org/problems/" + switch (status) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 422 -> "domain-rule";
            default -> "server-error";
        };
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
