package org.jixiao.budget.domain;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * The results-application table as CSV (evaluation-service's GET /recommendations.csv): a header of column keys in
 * any order, then one row per department or project, each read as key → text.
 */
public final class RecommendationCsv {
    public static final List<String> COLUMNS = List.of("department", "projectKey", "subject", "year", "grade", "total",
            "action", "cutPercent", "wording", "basis", "evaluationId", "filed");
    /** Columns a header may leave out: empty in every row. */
    private static final List<String> OPTIONAL = List.of("projectKey", "cutPercent");

    private RecommendationCsv() {
    }

    public static List<Map<String, String>> rows(Reader in) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        try {
            CsvParser.parse(in, record -> {
                if (header.isEmpty()) {
                    header.addAll(header(record));
                    return;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.putIfAbsent(header.get(i), record.get(i).isBlank() ? null : record.get(i));
                }
                rows.add(row);
            });
        } catch (UncheckedIOException e) {
            throw ProblemException.invalid(e.getCause() instanceof CharacterCodingException
                    ? "the CSV body is not UTF-8 text" : "the CSV body could not be read to its end", List.of());
        }
        if (header.isEmpty()) {
            throw ProblemException.invalid("the CSV body is empty", List.of());
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("the CSV has no rows below its header", List.of());
        }
        return rows;
    }

    private static List<String> header(List<String> record) {
        List<String> header = record.stream().map(String::strip).toList();
        List<FieldError> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c) && !header.contains(c))
                .map(c -> new FieldError(null, c, "column missing from the header")).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("the CSV header must name the columns " + String.join(",", COLUMNS), missing);
        }
        return header;
    }
}
