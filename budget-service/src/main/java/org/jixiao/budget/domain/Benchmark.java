package org.jixiao.budget.domain;

/** How time progress (序时进度) is measured. */
public enum Benchmark {
    /** month ÷ 12 at the end of each month, interpolated by day inside a month. */
    LINEAR("序时进度 = 月份 ÷ 12 (linear time progress)"),
    /** Fixed cumulative targets at each quarter end, interpolated by month inside a quarter. */
    QUARTERLY("季度目标进度 (fixed quarterly targets)"),
    /** The department's own cumulative monthly spending plan. */
    PLAN("部门月度用款计划 (the department's own monthly plan)");

    private final String description;

    Benchmark(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
