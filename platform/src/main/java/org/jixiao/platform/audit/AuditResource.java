package org.jixiao.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Roles;

/** GET /api/v1/audit in every service: its own trail, for finance and auditors. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Who changed what and when, and every refused attempt (append-only)")
@RolesAllowed({Roles.FINANCE, Roles.AUDITOR})
public class AuditResource {
    private static final int MAX_TEXT = 200;

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(operationId = "listAudit", summary = "The audit trail, newest first (finance, auditor)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "A filter too long, an unknown outcome, from or to not an ISO date or "
            + "date-time, page or size out of range: naming the parameter")
    public Page<AuditRecord> list(
            @QueryParam("subject") @Parameter(description = "the token subject (sub / upn)") String subject,
            @QueryParam("entity") @Parameter(description = "e.g. department, budget-line, evaluation, report-version") String entity,
            @QueryParam("entityId") String entityId,
            @QueryParam("outcome") @Parameter(description = "DONE or REFUSED") String outcome,
            @QueryParam("from") @Parameter(description = "from this instant or date (inclusive), ISO 8601") String from,
            @QueryParam("to") @Parameter(description = "before this instant or date (exclusive), ISO 8601") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        AuditTrail.Filter filter = new AuditTrail.Filter(QueryParams.text(subject, "subject", MAX_TEXT),
                QueryParams.text(entity, "entity", MAX_TEXT), QueryParams.text(entityId, "entityId", MAX_TEXT),
                QueryParams.enumOf(AuditRecord.Outcome.class, outcome, "outcome", null),
                instant(from, "from"), instant(to, "to"));
        return trail.find(filter, PageRequest.of(page, size));
    }

    /** An ISO instant with offset, or a date (its start, UTC). */
    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                throw ProblemException.invalidField(name, "'" + shown + "' is not an ISO date or date-time");
            }
        }
    }
}
