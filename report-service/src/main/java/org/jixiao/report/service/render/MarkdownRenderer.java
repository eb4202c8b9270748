package org.jixiao.report.service.render;

import java.util.List;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.ReportDocument.Block;

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
        return sb.toString();
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
