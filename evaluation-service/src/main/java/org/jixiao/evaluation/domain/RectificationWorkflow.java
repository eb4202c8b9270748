package org.jixiao.evaluation.domain;

import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * The moves of a rectification item: OPEN → IN_PROGRESS, OPEN or IN_PROGRESS → DONE; DONE is final. A move from a
 * wrong state is a 409 saying what is allowed; DONE without evidence (整改情况, 佐证材料) is a 422; OVERDUE is derived,
 * never set. Pure: the service stores the status, the times and the audit record.
 */
public final class RectificationWorkflow {
    private RectificationWorkflow() {
    }

    /**
     * @param from     the stored status (never OVERDUE)
     * @param to       the status asked for
     * @param evidence what was done and where the proof is; required for DONE
     * @return the status to store
     */
    public static RectificationStatus progress(String what, RectificationStatus from, RectificationStatus to, String evidence) {
        if (to == null) {
            throw ProblemException.unprocessable("status is required: IN_PROGRESS or DONE",
                    List.of(new FieldError("status", "is required: IN_PROGRESS or DONE")));
        }
        if (!to.stored()) {
            throw ProblemException.unprocessable("OVERDUE is not set: an item is overdue when its deadline passes undone",
                    List.of(new FieldError("status", "must be IN_PROGRESS or DONE (OVERDUE follows from the deadline)")));
        }
        if (from == RectificationStatus.DONE) {
            throw ProblemException.conflict(what + " is DONE: a finished rectification does not change");
        }
        if (to == RectificationStatus.OPEN || to == from) {
            throw ProblemException.conflict(what + " is " + from + ": it moves "
                    + (from == RectificationStatus.OPEN ? "to IN_PROGRESS or DONE" : "to DONE"));
        }
        if (to == RectificationStatus.DONE && (evidence == null || evidence.isBlank())) {
            throw ProblemException.unprocessable("DONE needs the evidence: what was done (整改情况) and its proof (佐证材料)",
                    List.of(new FieldError("evidence", "is required for DONE: 整改情况 and 佐证材料")));
        }
        return to;
    }

    /** 409 unless the item's measure, owner and deadline may still change (not DONE). */
    public static void requireEditable(String what, RectificationStatus stored) {
        if (stored == RectificationStatus.DONE) {
            throw ProblemException.conflict(what + " is DONE: its measure, owner and deadline no longer change");
        }
    }
}
