package org.jixiao.platform.security;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Peer calls carry the caller's own bearer token ({@code @RegisterClientHeaders(TokenPropagation.class)} on a
 * REST client), so the peer applies the same roles and department rules to the same person. A service holds
 * no credential of its own for its peers: without an incoming token, nothing is sent and the peer says 401.
 */
public class TokenPropagation implements ClientHeadersFactory {
    static final String AUTHORIZATION = "Authorization";

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String authorization = incoming == null ? null : incoming.getFirst(AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            headers.putSingle(AUTHORIZATION, authorization);
        }
        return headers;
    }
}
