package org.jixiao.evaluation.service;

import java.util.List;
import org.jixiao.evaluation.domain.Problem;

/** A refused request, carried to an RFC 9457 problem response. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem> errors;

    public ProblemException(int status, String title, String detail, List<Problem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, null);
    }

    public static ProblemException invalid(String detail, List<Problem> errors) {
        return new ProblemException(400, "Invalid request", detail, errors);
    }

    public static ProblemException unprocessable(String detail, List<Problem> errors) {
        return new ProblemException(422, "Unprocessable request", detail, errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem> errors() {
        return errors;
    }
}
