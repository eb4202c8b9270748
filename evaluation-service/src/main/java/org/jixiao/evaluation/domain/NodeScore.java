package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A scored framework node: its score, the inputs used and the formula with its numbers.
 *
 * @param notApplicable 不适用: left out, the parent's other children rescaled to its full points
 */
public record NodeScore(String code, String name, BigDecimal points, BigDecimal score, Method method,
                        Map<String, Object> inputs, String explanation, List<NodeScore> children, boolean notApplicable) {

    public NodeScore(String code, String name, BigDecimal points, BigDecimal score, Method method,
                     Map<String, Object> inputs, String explanation, List<NodeScore> children) {
        this(code, name, points, score, method, inputs, explanation, children, false);
    }

    public Stream<NodeScore> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(NodeScore::flatten));
    }
}
