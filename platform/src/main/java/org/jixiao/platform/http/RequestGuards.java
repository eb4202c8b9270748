package org.jixiao.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jixiao.platform.json.StrictText;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.Problem;

/**
 * HTTP-level guards every service shares, before any resource sees the request: a path or query with
 * control characters (%00…) is a 400; a body announced larger than its limit (JSON 10 MB, CSV and XLSX
 * uploads 50 MB by default) is a 413 without being read. A Location header never carries the request's
 * Host header (which a client can forge): it is the configured public base URL plus the path, or the
 * path alone. The server itself closes idle connections and caps every body (quarkus.http.idle-timeout,
 * quarkus.http.limits.max-body-size).
 */
public class RequestGuards {
    private final Optional<URI> publicBaseUrl;
    private final long maxJsonBytes;
    private final long maxUploadBytes;

    public RequestGuards(@ConfigProperty(name = "jixiao.http.public-base-url") Optional<URI> publicBaseUrl,
                         @ConfigProperty(name = "jixiao.http.max-json-bytes", defaultValue = "10485760") long maxJsonBytes,
                         @ConfigProperty(name = "jixiao.http.max-upload-bytes", defaultValue = "52428800") long maxUploadBytes) {
        this.publicBaseUrl = publicBaseUrl;
        this.maxJsonBytes = maxJsonBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversizedBodies(ContainerRequestContext request) {
        long length = request.getLength();
        if (length < 0) {
            return Optional.empty(); // chunked: the server's max-body-size still applies
        }
        long limit = limitFor(request.getMediaType() == null ? null : request.getMediaType().toString());
        if (length <= limit) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(413, "Payload too large", "the body has " + length + " bytes; at most " + limit
                + " are accepted for this content type", null).toResponse().build());
    }

    /** CSV and spreadsheets may be large uploads; everything else is a JSON-sized body. */
    long limitFor(String contentType) {
        if (contentType != null && (contentType.startsWith("text/csv") || contentType.contains("spreadsheetml")
                || contentType.startsWith("application/octet-stream"))) {
            return maxUploadBytes;
        }
        return maxJsonBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String problem = problemIn(raw);
        String where = "path";
        if (problem == null && query != null) {
            problem = problemIn(query);
            where = "query";
        }
        if (problem == null) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(400, "Invalid request", "the request " + where + " " + problem,
                List.of(new FieldError(where, problem))).toResponse().build());
    }

    @ServerResponseFilter
    public void locationFromTheConfiguredBase(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = URI.create(location.toString());
        if (!uri.isAbsolute()) {
            return;
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String rebased = publicBaseUrl.map(base -> base.toString().replaceAll("/+$", "") + path).orElse(path);
        response.getHeaders().putSingle(HttpHeaders.LOCATION, rebased);
    }

    /** Why a raw (percent-encoded) path or query is refused, or null. */
    static String problemIn(String raw) {
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "has a malformed percent-encoding";
        }
        return StrictText.problem(decoded);
    }
}
