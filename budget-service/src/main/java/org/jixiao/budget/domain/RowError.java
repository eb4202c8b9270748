package org.jixiao.budget.domain;

/** What is wrong with one field of one row of a batch (index from 0, as sent). */
public record RowError(Integer index, String field, String message) {
}
