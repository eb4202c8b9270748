package org.jixiao.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded interaction between a consumer and a provider: the request a consumer sends and the
 * provider's answer for the model department (GZ-XFJ, 2021). Consumers' tests are served this answer;
 * the provider's test replays the request and checks its real answer still contains it.
 *
 * @param name the file name without .json
 * @param provider the service that answers
 * @param consumers the services that send this request
 * @param match VALUES: every recorded member equal (numbers compared by value); SHAPE: every recorded
 *              member present with the same JSON type (for answers that depend on other departments' data)
 * @param ignore member paths (such as "lastChangedAt" or "budgetSnapshot.fetchedAt") compared by shape only
 */
public record Contract(String name, String provider, List<String> consumers, String description, Request request,
                       Response response, Match match, List<String> ignore) {

    public enum Match { VALUES, SHAPE }

    /**
     * @param path the path; a {name} part is filled from pathParams (the provider's test may fill it with
     *             the id its own data got)
     */
    public record Request(String method, String path, Map<String, String> pathParams, Map<String, String> query) {
        /** The path with the recorded path parameters. */
        public String resolvedPath() {
            return resolvedPath(Map.of());
        }

        /** The path with the recorded path parameters, some replaced. */
        public String resolvedPath(Map<String, String> replacements) {
            String resolved = path;
            Map<String, String> params = new HashMap<>(pathParams == null ? Map.of() : pathParams);
            params.putAll(replacements);
            for (Map.Entry<String, String> p : params.entrySet()) {
                resolved = resolved.replace("{" + p.getKey() + "}", p.getValue());
            }
            return resolved;
        }

        /** The path (recorded parameters, some replaced) with its query string, in the order recorded. */
        public String uri(Map<String, String> replacements) {
            String resolved = resolvedPath(replacements);
            if (query == null || query.isEmpty()) {
                return resolved;
            }
            StringBuilder uri = new StringBuilder(resolved);
            char separator = '?';
            for (Map.Entry<String, String> q : query.entrySet()) {
                uri.append(separator).append(q.getKey()).append('=').append(q.getValue());
                separator = '&';
            }
            return uri.toString();
        }

        public String uri() {
            return uri(Map.of());
        }
    }

    public record Response(int status, JsonNode body) {
    }

    public Contract {
        consumers = consumers == null ? List.of() : List.copyOf(consumers);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        match = match == null ? Match.VALUES : match;
    }
}
