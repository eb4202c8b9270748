package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.repository.Department;
import org.jixiao.budget.service.DepartmentService;
import org.jixiao.budget.repository.Department;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.paging.PageRequest;

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "部门 / 预算单位 with divisions (内设处室) and functions (主要职能)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentResource {
    private final DepartmentService departments;

    public DepartmentResource(DepartmentService departments) {
        this.departments = departments;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Register a department")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "A department with this code exists")
    public Response create(@Valid @NotNull DepartmentRequest request) {
        Department department = departments.create(request.code(), request.details());
        return Response.created(URI.create("/api/v1/departments/" + department.code))
                .entity(DepartmentView.of(department)).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(summary = "List departments, by code (a department or third-party user: its own)")
    @APIResponse(responseCode = "200", description = "A page: items, total, page, size")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<DepartmentView> list(@QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        Page<Department> found = departments.page(PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(DepartmentView::of).toList(), found.total(), found.page(), found.size());
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{code}")
    @Operation(summary = "Read a department")
    @APIResponse(responseCode = "200", description = "The department")
    @APIResponse(responseCode = "404", description = "Unknown department")
    public DepartmentView get(@PathParam("code") String code) {
        departments.requireSees(code);
        return DepartmentView.of(departments.find(code));
    }

    @PUT
    @RolesAllowed(Roles.FINANCE)
    @Path("{code}")
    @Operation(summary = "Update a department's name, divisions and functions")
    @APIResponse(responseCode = "200", description = "The department as updated")
    @APIResponse(responseCode = "404", description = "Unknown department")
    public DepartmentView update(@PathParam("code") String code, @Valid @NotNull DepartmentRequest request) {
        return DepartmentView.of(departments.update(code, request.details()));
    }
}
