package org.jixiao.budget.service;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.xlsx.XlsxProblem;

/**
 * How a batch's row errors reach the client: by row index from 0 (JSON and CSV, 400), or at the cell of an uploaded
 * sheet (XLSX, 422, {@code 付款明细!C17}). The same validation runs for every format; only the address differs.
 *
 * @param status  the status of a batch with invalid rows
 * @param earlier problems found before the rows were validated (an XLSX cell of the wrong type), already addressed
 * @param locate  turns a row error {@code {index, field, message}} into the client's address
 */
public record RowErrors(int status, List<FieldError> earlier, UnaryOperator<FieldError> locate) {
    public static final RowErrors BY_INDEX = new RowErrors(400, List.of(), UnaryOperator.identity());

    public RowErrors {
        earlier = List.copyOf(earlier);
    }

    /** Whether there is anything to refuse: earlier problems or row errors. */
    boolean refuse(List<FieldError> rowErrors) {
        return !earlier.isEmpty() || !rowErrors.isEmpty();
    }

    /**
     * The refusal of a batch of {@code rows} rows, every error addressed for the client: a JSON or CSV batch lists
     * every one (400); a sheet names the first in its detail and lists at most {@link XlsxProblem#MAX_LISTED} (422).
     */
    ProblemException reject(List<FieldError> rowErrors, int rows) {
        List<FieldError> all = with(rowErrors);
        if (status == 400) {
            return new ProblemException(400, "Invalid request", all.size() + " invalid field(s) in " + rows
                    + " rows; the batch was rejected and nothing was stored", all);
        }
        return XlsxProblem.rejectAddressed(all);
    }

    /** The earlier problems and these row errors, addressed for the client. */
    List<FieldError> with(List<FieldError> rowErrors) {
        List<FieldError> all = new java.util.ArrayList<>(earlier);
        rowErrors.forEach(e -> all.add(locate.apply(e)));
        return all;
    }
}
