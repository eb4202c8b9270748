package org.jixiao.evaluation.domain;

/** What a target set covers: the department as a whole (整体绩效目标) or one project (项目绩效目标). */
public enum TargetScope {
    /** 部门整体绩效目标: key tasks with their indicators. */
    DEPARTMENT,
    /** 项目绩效目标: indicators of one budget-service project (projectKey). */
    PROJECT
}
