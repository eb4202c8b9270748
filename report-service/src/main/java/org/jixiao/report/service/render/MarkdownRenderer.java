package org.jixiao.report.service.render;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.ReportDocument.Block;
import org.jixiao.report.domain.tables.TableGrid;

/** text/markdown: headings by level, paragraphs, GitHub-style table. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String render(ReportDocument doc) {
        StringBuilder sb = new StringBuilder("# ").append(doc.title()).append("\n\n");
        for (Block b : doc.blocks()) {
            if (b.isHeading()) {
                sb.append("#".repeat(Math.max(2, b.level()))).append(' ').append(b.text()).append("\n\n");
            } else if (b.isParagraph()) {
                sb.append(escape(b.text())).append("\n\n");
            } else if (b.isTable() || b.chart() != null) {
                sb.append("**").append(b.caption()).append("**\n\n");
                row(sb, b.headers());
                sb.append('|');
                b.headers().forEach(h -> sb.append(" --- |"));
                sb.append('\n');
                b.rows().forEach(r -> row(sb, r));
                sb.append('\n');
            }
        }
        if (!doc.appendix().isEmpty()) {
            sb.append("## 附件\n\n");
            for (int i = 0; i < doc.appendix().size(); i++) {
                appendix(sb, ReportDocument.appendixLabel(i), doc.appendix().get(i));
            }
        }
        return sb.toString();
    }

    /**
     * A table of the appendix as a pipe table: Markdown cannot merge cells, so a merged cell prints in its first
     * position and the positions it covers stay empty.
     */
    private static void appendix(StringBuilder sb, String label, TableGrid grid) {
        sb.append("### ").append(label).append(' ').append(grid.title()).append("\n\n").append(escape(grid.subtitle())).append("\n\n");
        for (int r = 0; r < grid.rows(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                TableGrid.Cell cell = grid.at(r, c);
                cells.add(cell == null ? "" : cell.display());
            }
            row(sb, cells);
            if (r == 0) {
                sb.append('|');
                cells.forEach(h -> sb.append(" --- |"));
                sb.append('\n');
            }
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(escape(c).replace("|", "\\|").replace("\r", "").replace("\n", "<br>")).append(" |");
        }
        sb.append('\n');
    }

    /** Keeps a paragraph from being read as a heading, list or HTML. */
    private static String escape(String s) {
        String t = s.replace("<", "&lt;");
        if (t.startsWith("#") || t.startsWith("-") || t.startsWith("+") || t.startsWith(">")) {
            t = "\\" + t;
        }
        return t;
    }
}
