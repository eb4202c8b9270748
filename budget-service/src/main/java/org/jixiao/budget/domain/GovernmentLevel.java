package org.jixiao.budget.domain;

/** The level of government a department's own appropriation comes from, as its report names it. */
public enum GovernmentLevel {
    /** 市本级 */
    MUNICIPAL,
    /** 区本级 */
    DISTRICT,
    /** 县本级 */
    COUNTY,
    /** 镇本级 */
    TOWN
}
