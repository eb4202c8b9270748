package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/** 重点工作任务: its points inside 履职效能, its goal (绩效目标), outcome (目标完成情况) and indicators. */
public record KeyTask(String name, String goal, BigDecimal points, String outcome, List<TaskIndicator> indicators) {
    public KeyTask {
        indicators = indicators == null ? List.of() : indicators;
    }
}
