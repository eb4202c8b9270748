package org.jixiao.report.service.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jixiao.report.domain.tables.TableGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A table as a Word table (Apache POI XWPF): merged cells as Word merges them (gridSpan across, vMerge down), the title
 * above. On its own it is a document on A4 (landscape when the layout asks for it); in the report it is an appendix.
 */
public final class DocxTableRenderer {
    /** A4 in twentieths of a point. */
    private static final long A4_SHORT = 11906;
    private static final long A4_LONG = 16838;
    /** 1.8 cm. */
    private static final long MARGIN = 1020;
    /** The usable width of a landscape A4 page with 1.8 cm margins, in twentieths of a point. */
    private static final int LANDSCAPE_WIDTH = 14800;
    private static final int PORTRAIT_WIDTH = 9600;

    private DocxTableRenderer() {
    }

    public static byte[] render(TableGrid grid, String footer) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = d.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(grid.landscape() ? A4_LONG : A4_SHORT));
            size.setH(BigInteger.valueOf(grid.landscape() ? A4_SHORT : A4_LONG));
            size.setOrient(grid.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            var margins = section.addNewPgMar();
            BigInteger margin = BigInteger.valueOf(MARGIN);
            margins.setTop(margin);
            margins.setBottom(margin);
            margins.setLeft(margin);
            margins.setRight(margin);
            append(d, null, grid, grid.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH);
            if (footer != null && !footer.isBlank()) {
                XWPFParagraph p = d.createParagraph();
                p.setSpacingBefore(160);
                DocxRenderer.run(p, footer, 8, false);
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends the table (its label, e.g. 附件1, when given, then title and subtitle) to a document. */
    public static void append(XWPFDocument d, String label, TableGrid grid, int widthTwips) {
        if (label != null) {
            XWPFParagraph l = d.createParagraph();
            l.setPageBreak(true);
            DocxRenderer.run(l, label, 12, true);
        }
        XWPFParagraph title = d.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        DocxRenderer.run(title, grid.title(), 14, true);
        XWPFParagraph subtitle = d.createParagraph();
        DocxRenderer.run(subtitle, grid.subtitle(), 9, false);

        XWPFTable t = d.createTable(grid.rows(), grid.columns());
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(String.valueOf(widthTwips));
        int total = grid.widths().stream().mapToInt(Integer::intValue).sum();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf((long) widthTwips * grid.widths().get(c) / total));
            }
        }
        // fill and merge from the right, so that removing the cells a span covers does not shift the ones still to do
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = grid.columns() - 1; c >= 0; c--) {
                TableGrid.Cell g = grid.covering(r, c);
                XWPFTableCell cell = t.getRow(r).getCell(c);
                if (g == null) {
                    continue;
                }
                if (g.col() != c) {
                    continue; // covered from the left: removed when the span's first cell is done
                }
                CTTcPr pr = cell.getCTTc().getTcPr();
                if (g.colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(g.colSpan()));
                    long width = 0;
                    for (int k = 0; k < g.colSpan(); k++) {
                        width += (long) widthTwips * grid.widths().get(c + k) / total;
                    }
                    pr.getTcW().setW(BigInteger.valueOf(width));
                    for (int k = g.colSpan() - 1; k >= 1; k--) {
                        t.getRow(r).removeCell(c + k);
                    }
                }
                if (g.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(g.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (g.row() == r) {
                    write(cell, g);
                }
            }
        }
    }

    private static void write(XWPFTableCell cell, TableGrid.Cell g) {
        String[] lines = g.display().split("\\r?\\n");
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            if (g.kind() == TableGrid.Kind.LABEL) {
                p.setAlignment(ParagraphAlignment.CENTER);
            } else if (g.numeric()) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            DocxRenderer.run(p, lines[i], 9, g.kind() == TableGrid.Kind.LABEL);
        }
    }
}
