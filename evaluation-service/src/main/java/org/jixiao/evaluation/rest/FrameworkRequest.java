package org.jixiao.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.Method;
import org.jixiao.platform.problem.FieldError;

/**
 * A framework tree as posted. The method is read as text so that an unknown method is reported
 * with every other reason (422), not as an unreadable body. Lengths, the largest points and what
 * params may hold are checked first (400).
 */
@Schema(name = "FrameworkRequest", description = "A node of an indicator framework; the root carries the framework's code and name",
        example = """
                {"code": "CITY-EXAMPLE", "name": "某市部门整体支出绩效评价", "points": 100, "method": "SUM", "children": [
                  {"code": "EXEC-RATE", "name": "预算执行率", "points": 40, "method": "EXECUTION_RATE", "params": {"scope": "MUNICIPAL"}},
                  {"code": "DUTY", "name": "履职效能", "points": 60, "method": "TASKS"}]}""")
public record FrameworkRequest(
        @Schema(example = "EXEC-RATE", description = "1–64 letters, digits, '-', '_' or '.'") @Size(max = Params.MAX_CODE_LENGTH)
        String code,
        @Schema(example = "预算执行率") @Size(max = Limits.MAX_NAME) String name,
        @Schema(example = "10", description = "0 or more; a SUM node's children add up to it")
        @DecimalMax(Limits.MAX_POINTS) BigDecimal points,
        @Schema(enumeration = {"EXECUTION_RATE", "TARGET_RATIO", "TIERED", "DEDUCTION", "SPENDING_PROGRESS", "MANUAL", "TASKS",
                "SUM"}) @Size(max = 32) String method,
        @Schema(description = "Method parameters, e.g. {\"scope\": \"MUNICIPAL\"}: at most " + JsonParams.MAX_ENTRIES
                + " entries, texts of at most " + JsonParams.MAX_TEXT + " characters, numbers as every other")
        Map<String, Object> params,
        @Size(max = 100) List<@Valid FrameworkRequest> children) {

    /** The domain tree; unknown methods become null and are reported in {@code problems} with their path. */
    public FrameworkNode toNode(String path, List<FieldError> problems) {
        Method m = null;
        if (method != null && !method.isBlank()) {
            try {
                m = Method.valueOf(method.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError((path.isEmpty() ? "" : path + ".") + "method",
                        "unknown method " + method + ": one of " + Arrays.toString(Method.values())));
            }
        }
        List<FrameworkNode> nodes = new ArrayList<>();
        List<FrameworkRequest> kids = children == null ? List.of() : children;
        for (int i = 0; i < kids.size(); i++) {
            FrameworkRequest child = kids.get(i);
            String at = (path.isEmpty() ? "" : path + ".") + "children[" + i + "]";
            nodes.add(child == null ? new FrameworkNode(null, null, null, null, null, null) : child.toNode(at, problems));
        }
        return new FrameworkNode(code, name, points, m, params, nodes);
    }

    /** What the params of this node and its children cannot hold (control characters, unbounded numbers…), by path. */
    public List<FieldError> unstorableParams(String path) {
        List<FieldError> problems = new ArrayList<>();
        String at = path.isEmpty() ? "" : path + ".";
        if (params != null) {
            JsonParams.check(params, at + "params", problems);
        }
        List<FrameworkRequest> kids = children == null ? List.of() : children;
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i) != null) {
                problems.addAll(kids.get(i).unstorableParams(at + "children[" + i + "]"));
            }
        }
        return problems;
    }
}
