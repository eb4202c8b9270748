package org.jixiao.evaluation.rest;

import java.util.List;
import org.jixiao.evaluation.domain.Rules;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * Path and query parameters read as text and parsed here, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer a bare 404 for "abc" where a number is due).
 */
final class Params {
    /** The longest code (framework, indicator, department) a path or filter may name: the columns hold 64. */
    static final int MAX_CODE_LENGTH = 64;
    /** What a department or budget-line code may hold (as budget-service stores them). */
    static final String CODE = "[A-Za-z0-9_.-]+";
    static final String CODE_MESSAGE = "letters, digits, '-', '_' or '.' only";

    private Params() {
    }

    /** A database id: a whole number from 1. */
    static long id(String value, String name) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 19 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(name, "must be a whole number from 1");
        }
        try {
            long id = Long.parseLong(v);
            if (id < 1) {
                throw bad(name, "must be a whole number from 1");
            }
            return id;
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number from 1 to " + Long.MAX_VALUE);
        }
    }

    /** An optional whole number in [min, max], or the fallback when absent. */
    static Integer integer(String value, String name, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        try {
            if (v.length() <= 11) {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                    return n;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(name, "must be a whole number from " + min + " to " + max);
    }

    /** A code as frameworks and indicators have them: 1–64 letters, digits, '-', '_' or '.'. */
    static String code(String value, String name) {
        if (value == null || !Rules.isCode(value)) {
            throw bad(name, "must be 1–" + MAX_CODE_LENGTH + " letters, digits, '-', '_' or '.'");
        }
        return value;
    }

    /** An optional text filter of at most {@code max} characters. */
    static String text(String value, String name, int max) {
        if (value != null && value.length() > max) {
            throw bad(name, "must be at most " + max + " characters");
        }
        return value;
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.invalid("parameter " + name + " " + message, List.of(new FieldError(name, message)));
    }
}
