package org.jixiao.evaluation.rest;

import java.util.List;

/** A page of a list, in a deterministic order, with the total count. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
