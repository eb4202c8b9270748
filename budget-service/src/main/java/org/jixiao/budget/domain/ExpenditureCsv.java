package org.jixiao.budget.domain;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** A payment batch as CSV: a header naming the columns (any order), then one payment per record. */
public final class ExpenditureCsv {
    private static final List<String> HEADER = List.of("voucherNo", "lineCode", "paidOn", "amount", "description");
    /** The first columns of HEADER must be present; description may be left out. */
    private static final int REQUIRED = 4;

    private ExpenditureCsv() {
    }

    /** The records after the header as raw rows, for {@link ExpenditureBatch#validate}; 400 for a bad header. */
    public static List<ExpenditureBatch.RawRow> rows(String text) {
        List<List<String>> records = CsvParser.parse(text == null ? "" : text);
        if (records.isEmpty()) {
            throw ProblemException.invalid("the CSV body is empty", List.of());
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        int[] column = new int[HEADER.size()];
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            column[i] = header.indexOf(HEADER.get(i));
            if (column[i] < 0 && i < REQUIRED) {
                missing.add(new FieldError(null, HEADER.get(i), "column missing from the header"));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("the CSV header must be " + String.join(",", HEADER), missing);
        }
        List<ExpenditureBatch.RawRow> rows = new ArrayList<>(records.size() - 1);
        for (List<String> r : records.subList(1, records.size())) {
            rows.add(new ExpenditureBatch.RawRow(cell(r, column[0]), cell(r, column[1]), cell(r, column[2]),
                    cell(r, column[3]), cell(r, column[4])));
        }
        return rows;
    }

    private static String cell(List<String> record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : null;
    }
}
