package org.jixiao.evaluation.domain;

import java.util.List;

/**
 * What a target set declares and what each version keeps: the annual overall goal (年度总体目标), key tasks
 * (DEPARTMENT scope) or indicators (PROJECT scope).
 */
public record TargetContent(String goal, List<TargetTask> tasks, List<TargetIndicator> indicators) {
    public TargetContent {
        tasks = tasks == null ? List.of() : tasks;
        indicators = indicators == null ? List.of() : indicators;
    }
}
