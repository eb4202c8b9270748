package org.jixiao.evaluation.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.Method;
import org.jixiao.evaluation.service.FrameworkVersion;

/** A framework version: its tree, with the version number and when it was created. */
public record FrameworkView(String code, int version, String name, BigDecimal points, Method method,
                            Map<String, Object> params, List<FrameworkNode> children, OffsetDateTime createdAt) {
    static FrameworkView of(FrameworkVersion framework) {
        FrameworkNode tree = framework.tree();
        return new FrameworkView(tree.code(), framework.version(), tree.name(), tree.points(), tree.method(), tree.params(),
                tree.children(), framework.createdAt());
    }
}
