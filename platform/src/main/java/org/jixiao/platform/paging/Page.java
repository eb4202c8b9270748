package org.jixiao.platform.paging;

import java.util.List;

/** A page of a list: items in a deterministic order, the total count, and the page asked for. */
public record Page<T>(List<T> items, long total, int page, int size) {
    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }
}
