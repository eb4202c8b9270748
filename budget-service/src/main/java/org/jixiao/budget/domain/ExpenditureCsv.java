package org.jixiao.budget.domain;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.io.StringReader;
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
        return rows(new StringReader(text == null ? "" : text));
    }

    /** The same, read as a stream: only the rows are kept, never the whole text. */
    public static List<ExpenditureBatch.RawRow> rows(Reader in) {
        List<ExpenditureBatch.RawRow> rows = new ArrayList<>();
        int[][] column = {null};
        try {
            read(in, rows, column);
        } catch (UncheckedIOException e) {
            throw ProblemException.invalid(e.getCause() instanceof CharacterCodingException
                    ? "the CSV body is not UTF-8 text" : "the CSV body could not be read to its end", List.of());
        }
        if (column[0] == null) {
            throw ProblemException.invalid("the CSV body is empty", List.of());
        }
        return rows;
    }

    private static void read(Reader in, List<ExpenditureBatch.RawRow> rows, int[][] column) {
        CsvParser.parse(in, record -> {
            if (column[0] == null) {
                column[0] = columns(record);
            } else {
                int[] c = column[0];
                rows.add(new ExpenditureBatch.RawRow(cell(record, c[0]), cell(record, c[1]), cell(record, c[2]),
                        cell(record, c[3]), cell(record, c[4])));
            }
        });
    }

    /** Where each column of HEADER is in this header (-1 when absent); 400 when a required one is missing. */
    private static int[] columns(List<String> record) {
        List<String> header = record.stream().map(String::strip).toList();
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
        return column;
    }

    private static String cell(List<String> record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : null;
    }
}
