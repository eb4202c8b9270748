package org.jixiao.evaluation.domain;

/** 二级指标 of a performance target, each under its 一级指标. */
public enum TargetLevel2 {
    QUANTITY(TargetLevel1.OUTPUT, "数量"),
    QUALITY(TargetLevel1.OUTPUT, "质量"),
    TIMELINESS(TargetLevel1.OUTPUT, "时效"),
    /** 成本指标 as a 二级 of 产出, as the 财预〔2020〕10号 tables print it (later guidance makes 成本 a 一级 of its own). */
    OUTPUT_COST(TargetLevel1.OUTPUT, "成本"),
    ECONOMIC_COST(TargetLevel1.COST, "经济成本"),
    SOCIAL_COST(TargetLevel1.COST, "社会成本"),
    ECOLOGICAL_COST(TargetLevel1.COST, "生态环境成本"),
    ECONOMIC_BENEFIT(TargetLevel1.BENEFIT, "经济效益"),
    SOCIAL_BENEFIT(TargetLevel1.BENEFIT, "社会效益"),
    ECOLOGICAL_BENEFIT(TargetLevel1.BENEFIT, "生态效益"),
    SUSTAINABILITY(TargetLevel1.BENEFIT, "可持续影响"),
    SERVICE_SATISFACTION(TargetLevel1.SATISFACTION, "服务对象满意度");

    private final TargetLevel1 parent;
    private final String label;

    TargetLevel2(TargetLevel1 parent, String label) {
        this.parent = parent;
        this.label = label;
    }

    public TargetLevel1 parent() {
        return parent;
    }

    /** The kind of a key task's indicator (数量, 质量, 时效 under 产出; otherwise its 一级指标). */
    public IndicatorKind kind() {
        return switch (this) {
            case QUANTITY -> IndicatorKind.QUANTITY;
            case QUALITY -> IndicatorKind.QUALITY;
            case TIMELINESS -> IndicatorKind.TIMELINESS;
            case OUTPUT_COST -> IndicatorKind.COST;
            default -> switch (parent) {
                case COST -> IndicatorKind.COST;
                case BENEFIT -> IndicatorKind.BENEFIT;
                case SATISFACTION -> IndicatorKind.SATISFACTION;
                case OUTPUT -> IndicatorKind.QUANTITY;
            };
        };
    }

    public String label() {
        return label;
    }
}
