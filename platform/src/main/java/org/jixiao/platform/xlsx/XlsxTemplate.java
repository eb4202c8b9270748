package org.jixiao.platform.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet workbook layout shared by export and import: the sheet name, the header titles in row 1 and per
 * column its type and whether it is required. {@link #write} produces the template (empty) or an export (with
 * rows) that {@link #check()} accepts back unchanged: a round trip.
 */
public record XlsxTemplate(String sheetName, List<XlsxColumn> columns) {
    static final String AMOUNT_FORMAT = "0.00";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int QUOTED = 40;
    /** Rows SXSSF keeps in memory while writing; older rows go to a temporary file. */
    private static final int WINDOW = 200;

    public XlsxTemplate {
        columns = List.copyOf(columns);
        if (sheetName == null || sheetName.isBlank() || sheetName.length() > 31 || columns.isEmpty()) {
            throw new IllegalArgumentException("a template needs a sheet name of 1 to 31 characters and columns");
        }
        Set<String> keys = new HashSet<>();
        columns.forEach(c -> {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("column key " + c.key() + " twice");
            }
        });
    }

    /** The column letters of the column with this key ("C"). */
    public String columnOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return XlsxSheetReader.columnLetters(i);
            }
        }
        throw new IllegalArgumentException("the template has no column " + key);
    }

    /** The column with this key. */
    public XlsxColumn column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the template has no column " + key));
    }

    /**
     * Writes the workbook: bold header row (frozen), column widths, text columns formatted as text, amounts "0.00",
     * dates "yyyy-mm-dd", then the rows (each a list of String, BigDecimal or LocalDate per column, null for empty).
     * Streams (SXSSF): a large export holds only a window of rows in memory.
     */
    public void write(OutputStream out, Iterable<? extends List<?>> rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            DataFormat formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setDataFormat(formats.getFormat("@"));
            CellStyle[] styles = new CellStyle[columns.size()];
            Row titles = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                XlsxColumn column = columns.get(i);
                styles[i] = workbook.createCellStyle();
                styles[i].setDataFormat(formats.getFormat(switch (column.type()) {
                    case TEXT -> "@";
                    case DECIMAL -> AMOUNT_FORMAT;
                    case DATE -> DATE_FORMAT;
                }));
                sheet.setColumnWidth(i, column.width() * 256);
                sheet.setDefaultColumnStyle(i, styles[i]); // cells typed into the empty template get the format too
                Cell title = titles.createCell(i);
                title.setCellValue(column.title());
                title.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size() && i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(styles[i]);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue()); // Excel holds 15 significant digits: yuan up to 10^13 exactly
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes SXSSF's temporary files
        }
    }

    /** The empty template: the header row only. */
    public void writeEmpty(OutputStream out) throws IOException {
        write(out, List.of());
    }

    /** A problem at a cell of this sheet: the row, the column of {@code key}, the reason prefixed with the column's title. */
    public XlsxProblem problemAt(int row, String key, String reason) {
        return XlsxProblem.at(sheetName, row, columnOf(key), column(key).title() + ": " + reason);
    }

    /** The workbook as bytes, for an HTTP answer (SXSSF streams the rows; a finished file of 100,000 rows is a few MB). */
    public byte[] toBytes(Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A check of the sheet's rows against this template, fed by {@link XlsxSheetReader} row by row. */
    public Check check() {
        return new Check();
    }

    /** Collects the records of the rows that fit, and every problem, sheet / row / column / reason. */
    public final class Check implements Consumer<XlsxRow> {
        private final Map<String, Integer> indexByKey = new HashMap<>();
        private final List<XlsxRecord> records = new ArrayList<>();
        private final List<XlsxProblem> problems = new ArrayList<>();
        private boolean headerRead;
        private boolean headerFits;

        Check() {
            for (int i = 0; i < columns.size(); i++) {
                indexByKey.put(columns.get(i).key(), i);
            }
        }

        @Override
        public void accept(XlsxRow row) {
            if (!headerRead) {
                if (row.isBlank() && row.number() > 1) {
                    return;
                }
                headerRead = true;
                headerFits = header(row);
                return;
            }
            if (headerFits && !row.isBlank()) {
                data(row);
            }
        }

        /** Adds what the reader found besides rows: a missing sheet, merged cells, no header or no data. */
        public void finish(XlsxSheetReader.Sheet sheet) {
            if (!sheet.found()) {
                problems.add(new XlsxProblem(sheetName, null, null, "the workbook has no sheet named '" + sheetName
                        + "' (it has: " + String.join(", ", sheet.sheetNames()) + "); use the template"));
                return;
            }
            for (String range : sheet.mergedRanges()) {
                String first = range.contains(":") ? range.substring(0, range.indexOf(':')) : range;
                String column = first.replaceAll("[0-9$]", "");
                int row = Integer.parseInt(first.replaceAll("[^0-9]", ""));
                problems.add(XlsxProblem.at(sheetName, row, column, "cells " + range + " are merged"
                        + (row == 1 ? " in the header" : "") + "; unmerge them (a merged cell holds one value only)"));
            }
            if (!headerRead) {
                problems.add(XlsxProblem.at(sheetName, 1, "A", "the sheet is empty: row 1 must hold the column titles "
                        + titles()));
            } else if (headerFits && records.isEmpty() && problems.isEmpty()) {
                problems.add(new XlsxProblem(sheetName, 2, null, "the sheet has no data rows below the header"));
            }
        }

        public List<XlsxRecord> records() {
            return records;
        }

        public List<XlsxProblem> problems() {
            return problems;
        }

        private boolean header(XlsxRow row) {
            if (row.number() != 1) {
                problems.add(XlsxProblem.at(sheetName, 1, "A", "row 1 must hold the column titles " + titles()
                        + "; it is empty (the header was moved to row " + row.number() + "?)"));
                return false;
            }
            int before = problems.size();
            for (int i = 0; i < columns.size(); i++) {
                String title = columns.get(i).title();
                XlsxCell cell = row.cell(i);
                String found = cell == null ? "" : cell.value().strip();
                if (!found.equals(title)) {
                    problems.add(XlsxProblem.at(sheetName, 1, XlsxSheetReader.columnLetters(i), "expected the column title '"
                            + title + "', found " + (found.isEmpty() ? "an empty cell" : "'" + quote(found) + "'")
                            + ": keep the template's header (no column moved, renamed, inserted or merged)"));
                }
            }
            for (XlsxCell cell : row.cells()) {
                if (cell.index() >= columns.size() && !cell.isBlank()) {
                    problems.add(XlsxProblem.at(sheetName, 1, cell.column(), "a column the template does not have ('"
                            + quote(cell.value()) + "')"));
                }
            }
            return problems.size() == before;
        }

        private void data(XlsxRow row) {
            String[] values = new String[columns.size()];
            boolean fits = true;
            for (XlsxCell cell : row.cells()) {
                if (cell.index() >= columns.size() && !cell.isBlank()) {
                    problems.add(XlsxProblem.at(sheetName, row.number(), cell.column(),
                            "a value outside the template's columns ('" + quote(cell.value()) + "')"));
                    fits = false;
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                XlsxColumn column = columns.get(i);
                XlsxCell cell = row.cell(i);
                String problem = null;
                if (cell == null || cell.isBlank()) {
                    problem = column.required() ? "is required" : null;
                } else {
                    problem = problem(column.type(), cell);
                    values[i] = cell.value();
                }
                if (problem != null) {
                    problems.add(XlsxProblem.at(sheetName, row.number(), XlsxSheetReader.columnLetters(i),
                            column.title() + ": " + problem));
                    fits = false;
                }
            }
            if (fits) {
                records.add(new XlsxRecord(row.number(), values, indexByKey));
            }
        }

        private String titles() {
            return columns.stream().map(XlsxColumn::title).toList().toString();
        }
    }

    /** Why a non-blank cell does not fit a column of this type, or null. */
    static String problem(XlsxType type, XlsxCell cell) {
        String value = quote(cell.value());
        if (cell.kind() == XlsxCell.Kind.ERROR) {
            return "the cell shows the error " + value;
        }
        if (cell.kind() == XlsxCell.Kind.BOOLEAN) {
            return "a TRUE/FALSE value where " + expected(type) + " is expected";
        }
        return switch (type) {
            case TEXT -> switch (cell.kind()) {
                case TEXT -> null;
                case NUMBER -> "a number (" + value + ") where text is expected; format the column as text (文本) and type it again";
                default -> "a date (" + value + ") where text is expected";
            };
            case DECIMAL -> switch (cell.kind()) {
                case NUMBER -> null;
                case TEXT -> "text ('" + value + "') where a number is expected";
                default -> "a date (" + value + ") where a number is expected";
            };
            case DATE -> switch (cell.kind()) {
                case DATE -> null;
                case TEXT -> ISO_DATE.matcher(cell.value().strip()).matches() ? null
                        : "'" + value + "' is not a date (a date cell, or text written YYYY-MM-DD)";
                default -> "a number (" + value + ") where a date is expected; format the cell as a date";
            };
        };
    }

    private static String expected(XlsxType type) {
        return switch (type) {
            case TEXT -> "text";
            case DECIMAL -> "a number";
            case DATE -> "a date";
        };
    }

    /** Messages quote what was sent, never more than a few words of it. */
    private static String quote(String value) {
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
    }
}
