package org.jixiao.budget.domain;

/** Spending progress against time progress: GREEN on track, YELLOW behind, RED far behind. */
public enum Status {
    GREEN, YELLOW, RED
}
