package org.jixiao.report.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jixiao.report.domain.tables.TableGrid;

/**
 * The assembled self-evaluation report: a title and blocks in the model's outline, then the appendix (附件): the
 * department's and the projects' self-evaluation tables. Renderers only lay it out.
 */
public record ReportDocument(String title, List<Block> blocks, List<TableGrid> appendix) {

    public ReportDocument {
        appendix = appendix == null ? List.of() : List.copyOf(appendix);
    }

    public ReportDocument(String title, List<Block> blocks) {
        this(title, blocks, List.of());
    }

    /** 附件1, 附件2, …: how the report names its n-th table (from 0). */
    public static String appendixLabel(int n) {
        return "附件" + (n + 1);
    }

    /**
     * One block. {@code kind}: heading (level 2 = 一、, 3 = (一), 4 = 1.), paragraph, table (caption, headers, rows), or
     * chart (the chart, and its numbers as caption, headers and rows).
     */
    public record Block(String kind, int level, String text, String caption, List<String> headers, List<List<String>> rows,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Chart chart) {

        public Block(String kind, int level, String text, String caption, List<String> headers, List<List<String>> rows) {
            this(kind, level, text, caption, headers, rows, null);
        }

        /** A chart with its numbers beside as a table (the first column headed {@code categoryHeader}). */
        public static Block chart(Chart chart, String categoryHeader) {
            return new Block("chart", 0, null, chart.title(), chart.headers(categoryHeader), chart.rows(), chart);
        }

        public static Block heading(int level, String text) {
            return new Block("heading", level, text, null, List.of(), List.of());
        }

        public static Block paragraph(String text) {
            return new Block("paragraph", 0, text, null, List.of(), List.of());
        }

        public static Block table(String caption, List<String> headers, List<List<String>> rows) {
            return new Block("table", 0, null, caption, headers, rows);
        }

        public boolean isHeading() {
            return "heading".equals(kind);
        }

        public boolean isParagraph() {
            return "paragraph".equals(kind);
        }

        public boolean isTable() {
            return "table".equals(kind);
        }

        /**
         * Relative column widths laid out for reading: the key-task table (content, target, outcome, score) gives the
         * outcome text the most room, its score column last; empty for tables the renderer fits to their content.
         */
        public List<Integer> columnWidths() {
            return isTable() && headers.size() == TASK_TABLE_WIDTHS.size() ? TASK_TABLE_WIDTHS : List.of();
        }

        /** {@link #columnWidths()} as CSS percentages. */
        public List<String> columnPercents() {
            List<Integer> widths = columnWidths();
            int total = widths.stream().mapToInt(Integer::intValue).sum();
            return widths.stream().map(w -> String.format(java.util.Locale.ROOT, "%.1f", 100.0 * w / total)).toList();
        }

        private static final List<Integer> TASK_TABLE_WIDTHS = List.of(18, 16, 46, 10);
    }

    /** All text of the document, one block per line (for search and tests). */
    public String plainText() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (Block b : blocks) {
            if (b.isTable() || b.chart() != null) {
                sb.append(b.caption()).append('\n').append(String.join("\t", b.headers())).append('\n');
                b.rows().forEach(r -> sb.append(String.join("\t", r)).append('\n'));
            } else {
                sb.append(b.text()).append('\n');
            }
        }
        for (int i = 0; i < appendix.size(); i++) {
            sb.append(appendixLabel(i)).append('\n').append(appendix.get(i).plainText());
        }
        return sb.toString();
    }
}
