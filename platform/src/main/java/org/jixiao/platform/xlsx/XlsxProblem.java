package org.jixiao.platform.xlsx;

import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * What is wrong in an uploaded workbook, where a user finds it: the sheet, the row as Excel numbers it (from 1)
 * and the column letters; row and column are null for a problem of the whole workbook or sheet.
 * In a problem+json body it is a field error whose field is the cell reference Excel itself accepts in its Name
 * Box ({@code 付款明细!C17}, or {@code 付款明细!17:17} for a whole row, or the sheet name alone) and whose message
 * is the reason.
 */
public record XlsxProblem(String sheet, Integer row, String column, String reason) {
    /** At most this many problems are listed in one answer; the detail gives the full count. */
    public static final int MAX_LISTED = 1000;

    public static XlsxProblem at(String sheet, int row, String column, String reason) {
        return new XlsxProblem(sheet, row, column, reason);
    }

    /** {@code 付款明细!C17}, {@code 付款明细!17:17} (a row) or {@code 付款明细} (the sheet). */
    public String reference() {
        if (row == null) {
            return sheet;
        }
        return sheet + "!" + (column == null ? row + ":" + row : column + row);
    }

    public FieldError toFieldError() {
        return new FieldError(reference(), reason);
    }

    /**
     * 422: the workbook breaks the template or a domain rule; nothing is stored. Lists the first
     * {@link #MAX_LISTED} problems, in sheet order.
     */
    public static ProblemException reject(List<XlsxProblem> problems) {
        return rejectAddressed(problems.stream().map(XlsxProblem::toFieldError).toList());
    }

    /** The same for errors already addressed to their cells (a service's own row checks moved to the sheet). */
    public static ProblemException rejectAddressed(List<FieldError> errors) {
        String first = errors.isEmpty() ? "" : ": " + errors.get(0).field() + " " + errors.get(0).message();
        String listed = errors.size() > MAX_LISTED ? " (the first " + MAX_LISTED + " are listed)" : "";
        return ProblemException.unprocessable(errors.size() + " problem(s) in the workbook" + listed
                + "; nothing was stored" + first, errors.stream().limit(MAX_LISTED).toList());
    }
}
