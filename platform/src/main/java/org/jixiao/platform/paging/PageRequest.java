package org.jixiao.platform.paging;

import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * The paging limits of every list: page from 0, size 1 to {@value #MAX_SIZE}, and no page beyond
 * {@value #MAX_OFFSET} rows in (a larger offset is a 400, never an overflowing OFFSET).
 */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 1000;
    public static final long MAX_OFFSET = 10_000_000L;

    public PageRequest {
        if (page < 0) {
            throw bad("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw bad("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw bad("page", "must not start beyond row " + MAX_OFFSET + " (page × size)");
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /** The first row of the page (from 0). */
    public int offset() {
        return page * size;
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.invalid("query parameter " + name + " " + message, List.of(new FieldError(name, message)));
    }
}
