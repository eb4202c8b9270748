package org.jixiao.report.rest;

import java.util.regex.Pattern;
import org.jixiao.platform.problem.ProblemException;

/**
 * Path and query parameters parsed in the resource, so that a bad value is a 400 naming the parameter: JAX-RS
 * itself answers a bare 404 when a parameter does not convert to its Java type ({@code ?page=abc}, an id of 20
 * digits). Numbers are ASCII digits only (Integer.parseInt would read "٣١" as 31). Messages quote at most
 * {@value #QUOTE} characters of what was sent.
 */
final class Params {
    static final int QUOTE = 40;
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private Params() {
    }

    /** A report id: a whole number from 1. */
    static long id(String value, String name) {
        return number(value, name, 1, Long.MAX_VALUE);
    }

    /** A version number: a whole number from 1 to 2147483647. */
    static int version(String value, String name) {
        return (int) number(value, name, 1, Integer.MAX_VALUE);
    }

    /** An optional whole number between min and max; absent or blank → the fallback. */
    static Integer integer(String value, String name, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return (int) number(value, name, min, max);
    }

    /** Optional text of at most maxLength characters; absent or blank → null. */
    static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidField(name, "must have at most " + maxLength + " characters");
        }
        return value.strip();
    }

    /** What was sent, clipped, for a message. */
    static String quote(String value) {
        return "'" + (value.length() > QUOTE ? value.substring(0, QUOTE) + "…" : value) + "'";
    }

    private static long number(String value, String name, long min, long max) {
        String v = value == null ? "" : value.strip();
        if (!INTEGER.matcher(v).matches()) {
            throw ProblemException.invalidField(name, quote(v) + " is not a whole number (" + min + " to " + max + ")");
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) { // more digits than a long holds
            throw outOfRange(name, v, min, max);
        }
        if (n < min || n > max) {
            throw outOfRange(name, v, min, max);
        }
        return n;
    }

    private static ProblemException outOfRange(String name, String v, long min, long max) {
        return ProblemException.invalidField(name, "must be from " + min + " to " + max + ", not " + quote(v));
    }
}
