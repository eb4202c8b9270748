package org.jixiao.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problem body every service answers with: {@code type, title, status, detail}, the
 * field errors, and extension members a service adds (report-service: the FATAL findings).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      @JsonAnyGetter Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://jixiao.org/problems/";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem(typeOf(status), title, status, detail, errors, null);
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    /** The type URI of a problem named by its slug, for the problems a status alone does not tell apart. */
    static String typeOf(String slug) {
        return TYPE_BASE + slug;
    }

    static String typeOf(int status) {
        return TYPE_BASE + switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "domain-rule";
            case 502 -> "bad-gateway";
            case 503 -> "peer-unavailable";
            default -> status >= 500 ? "server-error" : "client-error";
        };
    }
}
