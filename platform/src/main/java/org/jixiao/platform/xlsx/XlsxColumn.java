package org.jixiao.platform.xlsx;

import java.util.Objects;

/**
 * One column of a template.
 *
 * @param key      the name the code uses (the CSV/JSON field: {@code amount})
 * @param title    the header as users read it in row 1 ({@code 金额（元）}); the import requires it exactly
 * @param type     what the cells hold
 * @param required whether a data row must fill it
 * @param width    column width in characters
 */
public record XlsxColumn(String key, String title, XlsxType type, boolean required, int width) {
    public XlsxColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        if (title.isBlank() || width <= 0 || width > 255) {
            throw new IllegalArgumentException("a column needs a title and a width of 1 to 255 characters");
        }
    }

    public static XlsxColumn required(String key, String title, XlsxType type, int width) {
        return new XlsxColumn(key, title, type, true, width);
    }

    public static XlsxColumn optional(String key, String title, XlsxType type, int width) {
        return new XlsxColumn(key, title, type, false, width);
    }
}
