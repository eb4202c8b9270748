package org.jixiao.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A scored framework node: its score, the inputs used and the formula with its numbers.
 *
 * @param notApplicable 不适用: left out, the parent's other children rescaled to its full points
 * @param indicator for an indicator from approved targets: how the 自评表 prints its row (levels, nature, value, unit)
 * @param cause 偏差原因 entered with the indicator, if any
 * @param remedy 改进措施 entered with the indicator, if any
 */
public record NodeScore(String code, String name, BigDecimal points, BigDecimal score, Method method,
                        Map<String, Object> inputs, String explanation, List<NodeScore> children, boolean notApplicable,
                        @JsonInclude(JsonInclude.Include.NON_NULL) TargetRow indicator,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String cause,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String remedy) {

    public NodeScore(String code, String name, BigDecimal points, BigDecimal score, Method method,
                     Map<String, Object> inputs, String explanation, List<NodeScore> children) {
        this(code, name, points, score, method, inputs, explanation, children, false);
    }

    public NodeScore(String code, String name, BigDecimal points, BigDecimal score, Method method,
                     Map<String, Object> inputs, String explanation, List<NodeScore> children, boolean notApplicable) {
        this(code, name, points, score, method, inputs, explanation, children, notApplicable, null, null, null);
    }

    /**
     * An approved indicator as a 自评表 row prints it: 一级指标, 二级指标, 指标性质 and 指标值 with its 度量单位 (年度指标值), and
     * its weight (分值 before normalisation).
     */
    public record TargetRow(String level1, String level1Label, String level2, String level2Label, String nature,
                            String natureLabel, Object value, String unit, BigDecimal weight) {
    }

    /** This node with the row it prints and what was entered to explain it. */
    public NodeScore withDetails(TargetRow row, String cause, String remedy) {
        return new NodeScore(code, name, points, score, method, inputs, explanation, children, notApplicable, row, cause, remedy);
    }

    public Stream<NodeScore> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(NodeScore::flatten));
    }
}
