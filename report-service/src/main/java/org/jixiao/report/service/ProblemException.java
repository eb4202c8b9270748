package org.jixiao.report.service;

import java.util.List;
import org.jixiao.report.domain.Finding;

/** A request the service refuses, carried to an RFC 9457 problem response. */
public class ProblemException extends RuntimeException {
    /** One error of a problem: the field (or rule ID) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final List<Finding> findings;

    public ProblemException(int status, String title, String detail, List<FieldError> errors, List<Finding> findings) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : errors;
        this.findings = findings;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail, null, null);
    }

    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", detail, errors, null);
    }

    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, "Unprocessable request", detail, errors, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<Finding> findings() {
        return findings;
    }
}
