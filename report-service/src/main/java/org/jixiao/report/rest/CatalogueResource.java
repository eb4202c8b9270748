package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.platform.security.Roles;
import org.jixiao.report.domain.PlaceholderCatalogue;
import org.jixiao.report.domain.Rule;
import org.jixiao.report.domain.rules.RuleCatalogue;

@Path("/api/v1")
@RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogues", description = "Placeholders narrative may bind, and the consistency rules")
public class CatalogueResource {

    @GET
    @Path("/placeholders")
    @Operation(summary = "The placeholder catalogue", description = "Keys narrative text binds as {{key}}; {…} parts are families "
            + "(a line code, a node code, a task number). Amounts print in 万元 with 2 decimals, rates as 99.92%.")
    public List<PlaceholderCatalogue.Entry> placeholders() {
        return PlaceholderCatalogue.ENTRIES;
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The consistency rule catalogue", description = "Rule IDs, severity (FATAL blocks publishing), title and what is checked.")
    public List<Rule> rules() {
        return RuleCatalogue.ENTRIES;
    }
}
