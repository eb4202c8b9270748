package org.jixiao.evaluation.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.Method;

/** A framework version: its tree, with the version number and when it was created. */
public record FrameworkView(String code, int version, String name, BigDecimal points, Method method,
                            Map<String, Object> params, List<FrameworkNode> children, OffsetDateTime createdAt) {
    public static FrameworkView of(FrameworkNode tree, int version, OffsetDateTime createdAt) {
        return new FrameworkView(tree.code(), version, tree.name(), tree.points(), tree.method(), tree.params(),
                tree.children(), createdAt);
    }
}
