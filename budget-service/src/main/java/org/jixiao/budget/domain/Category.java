package org.jixiao.budget.domain;

/** 基本支出 (personnel and running costs) or 项目支出 (one line per project). */
public enum Category {
    BASIC, PROJECT
}
