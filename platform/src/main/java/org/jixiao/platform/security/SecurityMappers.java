package org.jixiao.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.peer.PeerAccessDeniedException;
import org.jixiao.platform.problem.Problem;

/**
 * 401 and 403 as problem+json (quarkus.http.auth.proactive=false lets them reach JAX-RS mappers). A 401 never says
 * which check the token failed (that is in the log); every 403 is written to the audit trail.
 */
public class SecurityMappers {
    private static final Logger LOG = Logger.getLogger(SecurityMappers.class);
    private static final String CHALLENGE = "Bearer realm=\"jixiao\"";

    private final AuditTrail audit;

    SecurityMappers(AuditTrail audit) {
        this.audit = audit;
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        LOG.debugf("token refused: %s", e.getMessage());
        return unauthorized("the bearer token is malformed, not signed by a trusted key, expired or from another issuer");
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e) {
        return unauthorized("this API needs a bearer token: Authorization: Bearer <JWT>");
    }

    /** A role check fails on the I/O thread: the refusal is recorded on a worker, with the caller taken here. */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e) {
        String entity = e instanceof AccessRefusedException refused ? refused.entity() : "operation";
        String entityId = e instanceof AccessRefusedException refused ? refused.entityId() : null;
        String detail = e instanceof AccessRefusedException ? e.getMessage() : "the caller's roles do not allow this operation";
        return refuse(entity, entityId, detail);
    }

    /** A peer refused the caller's token or the caller: the same answer as if this service had refused it. */
    @ServerExceptionMapper
    public Uni<Response> peerRefused(PeerAccessDeniedException e) {
        if (e.status() == 401) {
            return Uni.createFrom().item(unauthorized(e.peer() + " did not accept the caller's token"));
        }
        return refuse("peer:" + e.peer(), null,
                e.peer() + " refused the caller: the data asked for belongs to a department the caller may not see");
    }

    private Uni<Response> refuse(String entity, String entityId, String detail) {
        AuditTrail.Actor actor = audit.actor();
        return Uni.createFrom().item(() -> {
            try {
                audit.refused(actor, entity, entityId, detail);
            } catch (RuntimeException failed) {
                // the refusal stands; a trail that cannot be written must not turn a 403 into a 500
                LOG.errorf(failed, "could not record a refused attempt by %s (%s)", actor.subject(), actor.operation());
            }
            return Problem.of(403, "Forbidden", detail, null).toResponse().build();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Response unauthorized(String detail) {
        return Problem.of(401, "Unauthorized", detail, null).toResponse()
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
