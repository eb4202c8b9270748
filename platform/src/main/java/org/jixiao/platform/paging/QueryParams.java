package org.jixiao.platform.paging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Query parameters parsed in the resource, so that a bad value is a 400 naming it, not a 404. */
public final class QueryParams {
    private QueryParams() {
    }

    /** The enum constant named by value (case-insensitive), or the fallback when absent. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw bad(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO date (YYYY-MM-DD), or null when absent. */
    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.invalid("query parameter " + name + " " + message, List.of(new FieldError(name, message)));
    }
}
