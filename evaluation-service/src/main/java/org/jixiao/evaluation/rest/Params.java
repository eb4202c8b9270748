package org.jixiao.evaluation.rest;

import java.util.List;
import org.jixiao.evaluation.domain.Rules;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * This service's codes in paths and filters (ids, numbers and texts are parsed by the platform's QueryParams):
 * a bad value is a 400 naming the parameter.
 */
final class Params {
    /** The longest code (framework, indicator, department) a path or filter may name: the columns hold 64. */
    static final int MAX_CODE_LENGTH = 64;
    /** What a department or budget-line code may hold (as budget-service stores them). */
    static final String CODE = "[A-Za-z0-9_.-]+";
    static final String CODE_MESSAGE = "letters, digits, '-', '_' or '.' only";

    private Params() {
    }

    /** A code as frameworks and indicators have them: 1–64 letters, digits, '-', '_' or '.'. */
    static String code(String value, String name) {
        if (value == null || !Rules.isCode(value)) {
            throw bad(name, "must be 1–" + MAX_CODE_LENGTH + " letters, digits, '-', '_' or '.'");
        }
        return value;
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.invalid("parameter " + name + " " + message, List.of(new FieldError(name, message)));
    }
}
