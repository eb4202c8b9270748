package org.jixiao.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.service.FrameworkService;
import org.jixiao.evaluation.service.FrameworkVersion;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.paging.QueryParams;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Roles;

@Path("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Indicator frameworks as data: versioned trees of indicators with scoring methods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {
    private final FrameworkService frameworks;

    public FrameworkResource(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Operation(operationId = "listFrameworks", summary = "The latest version of every framework, by code (paged)")
    @APIResponse(responseCode = "200", description = "A page: items (framework trees), total, page, size")
    @APIResponse(responseCode = "400", description = "page/size out of range")
    public Page<FrameworkView> list(
            @QueryParam("page") @DefaultValue("0") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String page,
            @QueryParam("size") @DefaultValue("50") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000")) String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page", 0, Integer.MAX_VALUE, 0),
                QueryParams.integer(size, "size", 1, PageRequest.MAX_SIZE, 50));
        Page<FrameworkVersion> latest = frameworks.latest(request);
        return Page.of(latest.items().stream().map(FrameworkView::of).toList(), latest.total(), request);
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.DEPARTMENT, Roles.AUDITOR, Roles.THIRD_PARTY})
    @Path("{code}")
    @Operation(operationId = "getFramework", summary = "A framework's tree (latest version, or ?version=n)")
    @APIResponse(responseCode = "200", description = "The framework tree")
    @APIResponse(responseCode = "400", description = "Not a code, or a version that is not a whole number from 1")
    @APIResponse(responseCode = "404", description = "Unknown framework or version")
    public FrameworkView get(
            @PathParam("code") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = Params.MAX_CODE_LENGTH,
                    pattern = "[A-Za-z0-9][A-Za-z0-9_.-]*"))
            String code,
            @QueryParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String version) {
        return FrameworkView.of(frameworks.get(Params.code(code, "code"),
                QueryParams.integer(version, "version", 1, Integer.MAX_VALUE, null)));
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "createFramework", summary = "Create a framework, or a new version of an existing code",
            description = "Validated: a SUM node's children add up to its points, methods are known, params are valid; "
                    + "otherwise 422 with every reason. Versions already used by evaluations never change.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "model", value = """
            {"code": "GZ-DEPT-OVERALL", "name": "广州市部门整体支出绩效评价", "points": 100, "method": "SUM", "children": [
              {"code": "MANAGEMENT", "name": "管理效能", "points": 50, "method": "SUM", "children": [
                {"code": "EXEC-RATE", "name": "预算执行率", "points": 10, "method": "EXECUTION_RATE", "params": {"scope": "MUNICIPAL"}},
                {"code": "COMPLIANCE", "name": "资金使用合规性", "points": 40, "method": "TIERED"}]},
              {"code": "DUTY", "name": "履职效能", "points": 50, "method": "TASKS"}]}""")))
    @APIResponse(responseCode = "201", description = "Created, with its version")
    @APIResponse(responseCode = "400", description = "A text too long, a number out of bounds, or params that cannot be stored")
    @APIResponse(responseCode = "422", description = "Not a valid framework: every reason listed")
    public Response create(@Valid FrameworkRequest request) {
        if (request == null) {
            throw ProblemException.invalid("the body must be a framework tree", List.of());
        }
        List<FieldError> unstorable = request.unstorableParams("");
        if (!unstorable.isEmpty()) {
            throw ProblemException.invalid(unstorable.size() + " invalid field(s)", unstorable);
        }
        List<FieldError> problems = new ArrayList<>();
        FrameworkNode tree = request.toNode("", problems);
        FrameworkView created = FrameworkView.of(frameworks.create(tree, problems));
        return Response.created(URI.create("/api/v1/frameworks/" + created.code() + "?version=" + created.version()))
                .entity(created).build();
    }
}
