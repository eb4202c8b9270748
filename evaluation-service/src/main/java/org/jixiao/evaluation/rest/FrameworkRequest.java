package org.jixiao.evaluation.rest;

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
 * with every other reason (422), not as an unreadable body.
 */
@Schema(name = "FrameworkRequest", description = "A node of an indicator framework; the root carries the framework's code and name")
public record FrameworkRequest(
        @Schema(example = "EXEC-RATE") String code,
        @Schema(example = "预算执行率") String name,
        @Schema(example = "10") BigDecimal points,
        @Schema(enumeration = {"EXECUTION_RATE", "TARGET_RATIO", "TIERED", "DEDUCTION", "SPENDING_PROGRESS", "MANUAL", "TASKS",
                "SUM"}) String method,
        @Schema(description = "Method parameters, e.g. {\"scope\": \"MUNICIPAL\"}") Map<String, Object> params,
        List<FrameworkRequest> children) {

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
}
