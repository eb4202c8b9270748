package org.jixiao.evaluation.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.json.StrictJson;
import org.jixiao.platform.json.StrictText;
import org.jixiao.platform.problem.FieldError;

/**
 * Free-form JSON a request carries as a map (a framework node's params): read by Jackson without a type, so
 * the strict typed reading does not bound its numbers or its keys. Checked here with the same policy: keys
 * and texts without control characters or lone surrogates and of bounded length, numbers within
 * {@link StrictJson#bounds}, bounded nesting and size.
 */
final class JsonParams {
    static final int MAX_ENTRIES = 50;
    static final int MAX_TEXT = 200;
    static final int MAX_KEY = 64;
    static final int MAX_DEPTH = 4;

    private JsonParams() {
    }

    static void check(Map<?, ?> params, String path, List<FieldError> problems) {
        value(params, path, 0, problems);
    }

    private static void value(Object v, String path, int depth, List<FieldError> problems) {
        if (v == null || v instanceof Boolean) {
            return;
        }
        if (depth > MAX_DEPTH) {
            problems.add(new FieldError(path, "must not nest deeper than " + MAX_DEPTH + " levels"));
            return;
        }
        if (v instanceof Map<?, ?> map) {
            if (map.size() > MAX_ENTRIES) {
                problems.add(new FieldError(path, "must have at most " + MAX_ENTRIES + " entries"));
                return;
            }
            map.forEach((key, item) -> {
                String k = String.valueOf(key);
                String problem = k.isEmpty() || k.length() > MAX_KEY ? "must be 1–" + MAX_KEY + " characters" : StrictText.problem(k);
                if (problem != null) {
                    problems.add(new FieldError(path, "key " + problem));
                } else {
                    value(item, path + "." + k, depth + 1, problems);
                }
            });
        } else if (v instanceof List<?> list) {
            if (list.size() > MAX_ENTRIES) {
                problems.add(new FieldError(path, "must have at most " + MAX_ENTRIES + " items"));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), path + "[" + i + "]", depth + 1, problems);
            }
        } else if (v instanceof String text) {
            String problem = text.length() > MAX_TEXT ? "must be at most " + MAX_TEXT + " characters" : StrictText.problem(text);
            if (problem != null) {
                problems.add(new FieldError(path, problem));
            }
        } else if (v instanceof Number number) {
            String problem = bounds(number);
            if (problem != null) {
                problems.add(new FieldError(path, problem));
            }
        } else {
            problems.add(new FieldError(path, "must be a JSON value"));
        }
    }

    private static String bounds(Number number) {
        BigDecimal decimal;
        if (number instanceof BigDecimal b) {
            decimal = b;
        } else if (number instanceof BigInteger i) {
            if (i.bitLength() > 64) {
                return "must have at most " + StrictJson.MAX_INTEGER_DIGITS + " integer digits";
            }
            decimal = new BigDecimal(i);
        } else if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "must be a finite number";
            }
            decimal = BigDecimal.valueOf(d);
        } else {
            decimal = BigDecimal.valueOf(number.longValue());
        }
        return StrictJson.bounds(decimal);
    }
}
