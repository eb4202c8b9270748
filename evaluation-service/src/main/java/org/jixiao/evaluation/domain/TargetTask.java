package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/** A key task (重点工作任务) of a department's overall targets: its goal, points and indicators. */
public record TargetTask(String name, String goal, BigDecimal points, List<TargetIndicator> indicators) {
    public TargetTask {
        indicators = indicators == null ? List.of() : indicators;
    }
}
