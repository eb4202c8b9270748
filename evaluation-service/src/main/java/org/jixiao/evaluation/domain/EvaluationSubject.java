package org.jixiao.evaluation.domain;

/** What an evaluation is of: the department as a whole (部门整体) or one project (项目支出, by project key or budget line). */
public enum EvaluationSubject {
    DEPARTMENT,
    PROJECT
}
