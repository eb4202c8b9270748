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

    /**
     * A database id in a path or query: a whole number from 1, ASCII digits only (Long.parseLong would read
     * "٣١" as 31). A path parameter taken as text and parsed here is a 400 naming it, not JAX-RS's bare 404.
     */
    public static long id(String value, String name) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9') || Long.parseLong(v) < 1) {
            throw bad(name, "must be a whole number from 1");
        }
        return Long.parseLong(v);
    }

    /** An optional whole number in [min, max] (ASCII digits, an optional minus), or the fallback when absent. */
    public static Integer integer(String value, String name, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        if (v.matches("-?[0-9]{1,10}")) {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return (int) n;
            }
        }
        throw bad(name, "must be a whole number from " + min + " to " + max);
    }

    /** An optional text parameter of at most {@code max} characters. */
    public static String text(String value, String name, int max) {
        if (value != null && value.length() > max) {
            throw bad(name, "must be at most " + max + " characters");
        }
        return value;
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.invalid("query parameter " + name + " " + message, List.of(new FieldError(name, message)));
    }
}
