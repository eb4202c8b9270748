package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A node of an indicator framework: code, name, maximum points, scoring method and its parameters. */
public record FrameworkNode(String code, String name, BigDecimal points, Method method, Map<String, Object> params,
                            List<FrameworkNode> children) {

    public FrameworkNode {
        params = params == null ? Map.of() : params;
        children = children == null ? List.of() : children;
    }

    /** Depth-first, this node first. */
    public Stream<FrameworkNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(FrameworkNode::flatten));
    }
}
