package org.jixiao.report.domain.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.domain.Fmt;

/**
 * A table laid out as printed: a title, a line under it, and cells on a grid of rows and columns, each cell possibly
 * spanning several (the official layouts merge header cells). Renderers (XLSX, DOCX, HTML/PDF, Markdown) only place
 * the cells; every number keeps its exact value and its kind, so XLSX can store numbers and the others print text.
 *
 * @param key       {@code department} or {@code project-{projectKey}}
 * @param subtitle  printed under the title (e.g. 填报单位 and the amounts' unit)
 * @param widths    relative column widths (characters), one per column
 * @param landscape whether the table prints on an A4 page turned sideways
 */
public record TableGrid(String key, String title, String subtitle, List<Integer> widths, boolean landscape, List<Cell> cells) {

    /** What a cell holds, so that each format can print or store it. */
    public enum Kind {
        /** A printed label of the layout (bold, centred). */
        LABEL,
        TEXT,
        /** Yuan, printed in 万元 with 2 decimals. */
        AMOUNT,
        /** A percentage (99.92 means 99.92 %). */
        RATE,
        /** Points or a score, 2 decimals. */
        SCORE
    }

    /** One cell at (row, col), spanning rowSpan × colSpan; {@code number} for AMOUNT, RATE and SCORE (null prints "—"). */
    public record Cell(int row, int col, int rowSpan, int colSpan, Kind kind, String text, BigDecimal number) {
        public boolean merged() {
            return rowSpan > 1 || colSpan > 1;
        }

        public boolean numeric() {
            return kind == Kind.AMOUNT || kind == Kind.RATE || kind == Kind.SCORE;
        }

        /** The text every format but XLSX prints. */
        public String display() {
            return switch (kind) {
                case AMOUNT -> Fmt.wanText(number);
                case RATE -> Fmt.percentText(number);
                case SCORE -> number == null ? "—" : number.setScale(2, RoundingMode.HALF_UP).toPlainString();
                default -> text == null ? "" : text;
            };
        }
    }

    public int columns() {
        return widths.size();
    }

    public int rows() {
        return cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
    }

    /** The cell that starts at (row, col), or null (an empty position or one covered by a merged cell). */
    public Cell at(int row, int col) {
        return cells.stream().filter(c -> c.row() == row && c.col() == col).findFirst().orElse(null);
    }

    /** The cell covering (row, col): the one starting there or a merged one spanning it; null when nothing does. */
    public Cell covering(int row, int col) {
        return cells.stream().filter(c -> row >= c.row() && row < c.row() + c.rowSpan() && col >= c.col() && col < c.col() + c.colSpan())
                .findFirst().orElse(null);
    }

    /** All text, row by row, tab-separated (for search and tests). */
    public String plainText() {
        StringBuilder sb = new StringBuilder(title).append('\n').append(subtitle).append('\n');
        for (int r = 0; r < rows(); r++) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns(); c++) {
                Cell cell = at(r, c);
                if (cell != null) {
                    line.add(cell.display());
                }
            }
            sb.append(String.join("\t", line)).append('\n');
        }
        return sb.toString();
    }

    /** Builds a grid cell by cell, row by row. */
    static final class Builder {
        private final List<Cell> cells = new ArrayList<>();
        private int row;

        int row() {
            return row;
        }

        void nextRow() {
            row++;
        }

        Builder label(int col, int rowSpan, int colSpan, String text) {
            cells.add(new Cell(row, col, rowSpan, colSpan, Kind.LABEL, text, null));
            return this;
        }

        Builder text(int col, int colSpan, String text) {
            cells.add(new Cell(row, col, 1, colSpan, Kind.TEXT, text, null));
            return this;
        }

        Builder cell(int col, int rowSpan, int colSpan, Kind kind, String text, BigDecimal number) {
            cells.add(new Cell(row, col, rowSpan, colSpan, kind, text, number));
            return this;
        }

        Builder number(int col, Kind kind, BigDecimal number) {
            cells.add(new Cell(row, col, 1, 1, kind, null, number));
            return this;
        }

        List<Cell> cells() {
            return List.copyOf(cells);
        }
    }
}
