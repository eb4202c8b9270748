package org.jixiao.budget.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jixiao.budget.domain.RowError;
import org.jixiao.budget.service.ProblemException;

/** Query parameters parsed here so that a bad value is a 400 naming it, not a 404. */
final class Params {
    static final int MAX_PAGE_SIZE = 1000;

    private Params() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw bad(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    static void page(int page, int size) {
        if (page < 0) {
            throw bad("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw bad("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.invalid("query parameter " + name + " " + message, List.of(new RowError(null, name, message)));
    }
}
