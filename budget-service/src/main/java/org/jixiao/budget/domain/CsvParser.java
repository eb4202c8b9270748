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
        // an unquoted field is a run of the buffer, cut out once; the builder holds quoted text and runs split by a refill
        StringBuilder field = new StringBuilder();
        int runStart = -1;
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
                    } else if (c == ',' || c == '\n' || c == '\r') {
                        record.add(take(field, buffer, runStart, i));
                        runStart = -1;
                        fieldStarted = false;
                        if (c != ',') {
                            crSeen = c == '\r';
                            if (!(record.size() == 1 && record.get(0).isEmpty())) {
                                sink.accept(record);
                            }
                            record = new ArrayList<>();
                        }
                    } else {
                        if (runStart < 0) {
                            runStart = i;
                        }
                        fieldStarted = true;
                    }
                }
                if (runStart >= 0) { // the field goes on in the next read
                    field.append(buffer, runStart, n - runStart);
                    runStart = -1;
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

    /** The field ending at {@code end}: what the builder holds followed by the run from {@code runStart}. */
    private static String take(StringBuilder field, char[] buffer, int runStart, int end) {
        String value;
        if (field.length() == 0) {
            value = runStart < 0 ? "" : new String(buffer, runStart, end - runStart);
        } else {
            if (runStart >= 0) {
                field.append(buffer, runStart, end - runStart);
            }
            value = field.toString();
            field.setLength(0);
        }
        return value;
    }
}
