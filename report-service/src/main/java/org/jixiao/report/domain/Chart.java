package org.jixiao.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A chart of the report, drawn by each renderer from these numbers (SVG in HTML and PDF, an image in DOCX) and always
 * printed beside as a table, for readers who cannot see it.
 *
 * @param kind LINE (series over the categories) or BAR (series side by side per category)
 * @param max the top of the value axis (100 for percentages, the largest points for scores)
 * @param unit the values' unit as printed ("%", "分")
 */
public record Chart(Kind kind, String title, List<String> categories, List<Series> series, BigDecimal max, String unit) {

    public enum Kind {
        LINE, BAR
    }

    /** A named series, one value per category (null: no value). */
    public record Series(String name, List<BigDecimal> values) {
    }

    /** The same numbers as a table: a row per category, a column per series. */
    public List<List<String>> rows() {
        return IntStream.range(0, categories.size()).mapToObj(i -> {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series s : series) {
                BigDecimal v = i < s.values().size() ? s.values().get(i) : null;
                row.add(v == null ? "—" : Fmt.plain(v) + unit);
            }
            return List.copyOf(row);
        }).toList();
    }

    public List<String> headers(String categoryHeader) {
        List<String> headers = new ArrayList<>();
        headers.add(categoryHeader);
        series.forEach(s -> headers.add(s.name()));
        return List.copyOf(headers);
    }
}
