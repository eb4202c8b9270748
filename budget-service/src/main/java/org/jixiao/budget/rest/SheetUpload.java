package org.jixiao.budget.rest;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.service.RowErrors;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.xlsx.XlsxProblem;
import org.jixiao.platform.xlsx.XlsxRecord;
import org.jixiao.platform.xlsx.XlsxTemplate;
import org.jixiao.platform.xlsx.XlsxUploads;

/**
 * The records of an uploaded sheet handed to the same validation as JSON and CSV rows, with the errors of that
 * validation ({@code {index, field, message}}, index counting the records) moved to the cell a user finds them in:
 * {@code 付款明细!D5} and the column's title. The template's own problems (a wrong header, text in an amount column)
 * come first.
 */
record SheetUpload(List<XlsxRecord> records, RowErrors rowErrors) {

    static SheetUpload of(XlsxTemplate template, XlsxUploads.SheetContent content, List<FieldError> conversionErrors) {
        int[] rowNumbers = content.records().stream().mapToInt(XlsxRecord::row).toArray();
        List<FieldError> earlier = new ArrayList<>(content.problems().stream().map(XlsxProblem::toFieldError).toList());
        conversionErrors.forEach(e -> earlier.add(at(template, rowNumbers, e)));
        return new SheetUpload(content.records(), new RowErrors(422, earlier, e -> at(template, rowNumbers, e)));
    }

    /** A row error at its cell: the row of the record it names, the column of its field. */
    static FieldError at(XlsxTemplate template, int[] rowNumbers, FieldError error) {
        if (error.index() == null || error.index() < 0 || error.index() >= rowNumbers.length) {
            return new FieldError(template.sheetName(), error.message());
        }
        int row = rowNumbers[error.index()];
        boolean column = template.columns().stream().anyMatch(c -> c.key().equals(error.field()));
        XlsxProblem problem = column
                ? template.problemAt(row, error.field(), error.message())
                : new XlsxProblem(template.sheetName(), row, null, error.message());
        return problem.toFieldError();
    }
}
