package org.jixiao.report.service.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.report.domain.ReportDocument.Block;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.service.render.chart.ChartPng;
import org.jixiao.report.service.render.chart.ChartSvg;

/** DOCX (Apache POI XWPF): title, headings, indented paragraphs, the task table as a real Word table, and the appendix tables. */
public final class DocxRenderer {
    private static final String CJK_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    /** The usable width of the report's portrait A4 page, in twentieths of a point (the appendix tables' width). */
    private static final int PORTRAIT_WIDTH = 9000;

    private DocxRenderer() {
    }

    public static byte[] render(ReportDocument doc, String footer) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = d.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, doc.title(), 18, true, HEADING_FONT);
            for (Block b : doc.blocks()) {
                if (b.isHeading()) {
                    XWPFParagraph p = d.createParagraph();
                    p.setSpacingBefore(b.level() == 2 ? 200 : 100);
                    if (b.level() >= 4) {
                        p.setIndentationFirstLine(420);
                    }
                    run(p, b.text(), b.level() == 2 ? 15 : 13, b.level() <= 3, b.level() == 2 ? HEADING_FONT : CJK_FONT);
                } else if (b.isParagraph()) {
                    XWPFParagraph p = d.createParagraph();
                    p.setIndentationFirstLine(480);
                    p.setSpacingAfter(80);
                    run(p, b.text(), 12, false, CJK_FONT);
                } else if (b.isTable()) {
                    XWPFParagraph caption = d.createParagraph();
                    caption.setAlignment(ParagraphAlignment.CENTER);
                    run(caption, b.caption(), 12, true, CJK_FONT);
                    table(d, b.headers(), b.rows());
                } else if (b.chart() != null) {
                    chart(d, b);
                }
            }
            if (!doc.appendix().isEmpty()) {
                XWPFParagraph heading = d.createParagraph();
                run(heading, "附件", 15, true, HEADING_FONT);
                for (int i = 0; i < doc.appendix().size(); i++) {
                    DocxTableRenderer.append(d, ReportDocument.appendixLabel(i), doc.appendix().get(i), PORTRAIT_WIDTH);
                }
            }
            if (footer != null && !footer.isBlank()) {
                XWPFParagraph p = d.createParagraph();
                p.setSpacingBefore(240);
                run(p, footer, 8, false, CJK_FONT);
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart as a picture (16 cm wide), captioned, with its numbers in a table under it. */
    private static void chart(XWPFDocument d, Block b) throws IOException {
        XWPFParagraph caption = d.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, b.caption(), 12, true, CJK_FONT);
        XWPFParagraph picture = d.createParagraph();
        picture.setAlignment(ParagraphAlignment.CENTER);
        try (ByteArrayInputStream png = new ByteArrayInputStream(ChartPng.render(b.chart()))) {
            picture.createRun().addPicture(png, Document.PICTURE_TYPE_PNG, "chart.png", Units.toEMU(453),
                    Units.toEMU(453.0 * ChartSvg.HEIGHT / ChartSvg.WIDTH));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        table(d, b.headers(), b.rows());
    }

    private static void table(XWPFDocument d, List<String> headers, List<List<String>> rows) {
        XWPFTable t = d.createTable(rows.size() + 1, headers.size());
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        int[] widths = {1800, 1600, 4600, 1000};
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> cells = r == 0 ? headers : rows.get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (headers.size() == widths.length) {
                    cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(widths[c]));
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                String text = c < cells.size() ? cells.get(c) : "";
                String[] lines = text.split("\\r?\\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFParagraph para = i == 0 ? p : cell.addParagraph();
                    if (r == 0 || c == headers.size() - 1) {
                        para.setAlignment(ParagraphAlignment.CENTER);
                    }
                    run(para, lines[i], 10.5, r == 0, CJK_FONT);
                }
            }
        }
    }

    /** A run in the body font (宋体, Times New Roman for Latin). */
    static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold) {
        return run(p, text, size, bold, CJK_FONT);
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, String font) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        return run;
    }
}
