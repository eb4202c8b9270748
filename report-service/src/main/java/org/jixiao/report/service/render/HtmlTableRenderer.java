package org.jixiao.report.service.render;

import java.util.Locale;
import org.jixiao.report.domain.tables.TableGrid;

/**
 * A table as XHTML: a {@code <table>} with rowspan and colspan for the merged cells, used in the report's appendix
 * (附件) and, as a page of its own, for the table's PDF.
 */
public final class HtmlTableRenderer {
    private HtmlTableRenderer() {
    }

    /** The table with its title and subtitle (a fragment: no page around it). */
    public static String fragment(TableGrid grid) {
        StringBuilder sb = new StringBuilder("<div class=\"jx-table\">\n<p class=\"jx-table-title\">").append(esc(grid.title()))
                .append("</p>\n<p class=\"jx-table-subtitle\">").append(esc(grid.subtitle())).append("</p>\n<table class=\"grid\">\n<colgroup>");
        int total = grid.widths().stream().mapToInt(Integer::intValue).sum();
        for (int w : grid.widths()) {
            sb.append("<col style=\"width: ").append(String.format(Locale.ROOT, "%.1f", 100.0 * w / total)).append("%\" />");
        }
        sb.append("</colgroup>\n<tbody>\n");
        for (int r = 0; r < grid.rows(); r++) {
            sb.append("<tr>");
            for (int c = 0; c < grid.columns(); c++) {
                TableGrid.Cell cell = grid.at(r, c);
                if (cell == null) {
                    if (grid.covering(r, c) == null) {
                        sb.append("<td></td>");
                    }
                    continue;
                }
                String tag = cell.kind() == TableGrid.Kind.LABEL ? "th" : "td";
                sb.append('<').append(tag);
                if (cell.rowSpan() > 1) {
                    sb.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    sb.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                if (cell.numeric()) {
                    sb.append(" class=\"num\"");
                }
                sb.append('>').append(esc(cell.display())).append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n</div>\n").toString();
    }

    /** The table on a page of its own (A4, landscape when the layout asks for it), for the PDF renderer. */
    public static String page(TableGrid grid, String footer) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"UTF-8\" />\n<title>"
                + esc(grid.title()) + "</title>\n<style>\n@page { size: A4" + (grid.landscape() ? " landscape" : "")
                + "; margin: 15mm 12mm 15mm 12mm; }\nhtml, body, * { font-family: " + Typeface.TABLE + "; }\n"
                + css() + ".footer { margin-top: 10pt; font-size: 8pt; color: #666; }\n</style>\n</head>\n<body>\n"
                + fragment(grid) + (footer == null ? "" : "<p class=\"footer\">" + esc(footer) + "</p>\n") + "</body>\n</html>\n";
    }

    /** The tables' style, shared with the report template's appendix. */
    public static String css() {
        return ".jx-table-title { font-size: 14pt; font-weight: bold; text-align: center; text-indent: 0; margin: 0 0 4pt 0; }\n"
                + ".jx-table-subtitle { font-size: 9pt; text-indent: 0; margin: 0 0 4pt 0; }\n"
                + "table.grid { border-collapse: collapse; width: 100%; table-layout: fixed; -fs-table-paginate: paginate; }\n"
                + "table.grid th, table.grid td { border: 0.6pt solid #333; padding: 2pt 3pt; font-size: 9pt; vertical-align: middle;"
                + " white-space: pre-wrap; word-wrap: break-word; }\n"
                + "table.grid th { background: #eee; text-align: center; }\n"
                + "table.grid td.num { text-align: right; white-space: nowrap; }\n";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
