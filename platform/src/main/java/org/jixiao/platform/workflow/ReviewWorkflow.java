package org.jixiao.platform.workflow;

import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * The transitions of {@link ReviewStatus}, each refused from a wrong state with a 409 that says what is allowed. Pure:
 * the services store the status, the times and the audit record.
 */
public final class ReviewWorkflow {
    private ReviewWorkflow() {
    }

    /** DRAFT or RETURNED → SUBMITTED. */
    public static ReviewStatus submit(String what, ReviewStatus from) {
        if (!from.editable()) {
            throw ProblemException.conflict(what + " is " + from + ": only a DRAFT or RETURNED one is submitted");
        }
        return ReviewStatus.SUBMITTED;
    }

    /** SUBMITTED → REVIEWED (accepted) or RETURNED (a comment is required: what to change). */
    public static ReviewStatus review(String what, ReviewStatus from, ReviewRequest request) {
        if (from != ReviewStatus.SUBMITTED) {
            throw ProblemException.conflict(what + " is " + from + ": only a SUBMITTED one is reviewed");
        }
        if (request == null || request.decision() == null) {
            throw ProblemException.unprocessable("decision is required: ACCEPT or RETURN",
                    List.of(new FieldError("decision", "is required: ACCEPT or RETURN")));
        }
        if (request.decision() == ReviewDecision.RETURN && blank(request.comment())) {
            throw ProblemException.unprocessable("returning needs a comment saying what to change",
                    List.of(new FieldError("comment", "is required when returning: what to change")));
        }
        return request.decision() == ReviewDecision.ACCEPT ? ReviewStatus.REVIEWED : ReviewStatus.RETURNED;
    }

    /** REVIEWED → FILED (备案). */
    public static ReviewStatus file(String what, ReviewStatus from) {
        if (from != ReviewStatus.REVIEWED) {
            throw ProblemException.conflict(what + " is " + from + ": only a REVIEWED one is filed");
        }
        return ReviewStatus.FILED;
    }

    /** 409 unless the department may still change it (DRAFT or RETURNED). */
    public static void requireEditable(String what, ReviewStatus status) {
        if (!status.editable()) {
            throw ProblemException.conflict(what + " is " + status + ": it changes only while DRAFT or RETURNED"
                    + (status == ReviewStatus.SUBMITTED ? " (the finance bureau may return it)" : ""));
        }
    }

    /** The comment as stored: stripped, null when blank. */
    public static String comment(ReviewRequest request) {
        return request == null || blank(request.comment()) ? null : request.comment().strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
