package org.jixiao.budget.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * RFC 4180 CSV: comma separated, fields optionally in double quotes ("" escapes a quote). Read as a
 * stream, record by record, so a large upload is never held whole as text.
 */
public final class CsvParser {
    private static final int BUFFER = 64 * 1024;

    private CsvParser() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        parse(new StringReader(text), records::add);
        return records;
    }

    /** Hands each record (blank lines skipped) to {@code sink} as it is read. */
    public static void parse(Reader in, Consumer<List<String>> sink) {
        char[] buffer = new char[BUFFER];
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        boolean quoteSeen = false; // in a quoted field, a quote that may be the first of ""
        boolean crSeen = false;
        boolean first = true;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (first) {
                        first = false;
                        if (c == '\uFEFF') {
                            continue; // byte order mark from spreadsheet exports
                        }
                    }
                    if (crSeen) {
                        crSeen = false;
                        if (c == '\n') {
                            continue;
                        }
                    }
                    if (quoted) {
                        if (quoteSeen) {
                            quoteSeen = false;
                            if (c == '"') {
                                field.append('"');
                                continue;
                            }
                            quoted = false; // the quote closed the field: c is read as unquoted below
                        } else if (c == '"') {
                            quoteSeen = true;
                            continue;
                        } else {
                            field.append(c);
                            continue;
                        }
                    }
                    if (c == '"' && !fieldStarted) {
                        quoted = true;
                        fieldStarted = true;
                    } else if (c == ',') {
                        record.add(field.toString());
                        field.setLength(0);
                        fieldStarted = false;
                    } else if (c == '\n' || c == '\r') {
                        crSeen = c == '\r';
                        record.add(field.toString());
                        field.setLength(0);
                        fieldStarted = false;
                        if (!(record.size() == 1 && record.get(0).isEmpty())) {
                            sink.accept(record);
                        }
                        record = new ArrayList<>();
                    } else {
                        field.append(c);
                        fieldStarted = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            sink.accept(record);
        }
    }
}
