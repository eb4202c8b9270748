package org.jixiao.budget.rest;

import java.util.List;

/** A page of a list: items in a deterministic order, and the total count. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
