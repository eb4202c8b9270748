package org.jixiao.evaluation.domain;

/** 绩效运行监控 status of a target set at a checkpoint, from best to worst (docs/monitoring.md). */
public enum MonitoringStatus {
    /** 绿灯: on track. */
    GREEN("绿灯：正常"),
    /** 黄灯: a deviation to watch. */
    YELLOW("黄灯：轻度偏离"),
    /** 红灯: a deviation that needs action now. */
    RED("红灯：严重偏离");

    private final String label;

    MonitoringStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of two statuses. */
    public MonitoringStatus worst(MonitoringStatus other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
