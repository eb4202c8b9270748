package org.jixiao.report.service.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
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

/**
 * DOCX (Apache POI XWPF) laid out as Chinese government offices file documents (GB/T 9704-2012 党政机关公文格式): A4
 * with the standard margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the title in 方正小标宋简体 二号, the body in
 * 仿宋_GB2312 三号 at a fixed 28.95 pt line spacing (22 lines of 28 characters a page), first-level headings in 黑体,
 * second-level in 楷体_GB2312, page numbers "— 1 —" at the foot; tables in 五号 with amounts right-aligned and their
 * header row repeated on every page. The fonts are named as offices have them installed; where one is missing, Word and
 * LibreOffice substitute the nearest (仿宋, 楷体, 宋体).
 */
public final class DocxRenderer {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    /** The tables' font: 仿宋 is hard to read at 五号 in a grid, offices use 宋体 there. */
    private static final String CJK_FONT = "宋体";
    /** 二号, 三号, 五号 in points. */
    static final double TITLE_SIZE = 22;
    static final double BODY_SIZE = 16;
    private static final double TABLE_SIZE = 10.5;
    /** Fixed line spacing of the body, twentieths of a point: 28.95 pt. */
    static final int LINE_TWIPS = 579;
    private static final Pattern AMOUNT = Pattern.compile("^[-+]?\\d[\\d,]*(\\.\\d+)?(%|分|万元)?$");
    /** The usable width of the report's portrait A4 page, in twentieths of a point (the appendix tables' width). */
    private static final int PORTRAIT_WIDTH = 9000;

    private DocxRenderer() {
    }

    public static byte[] render(ReportDocument doc, String footer) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(d);
            XWPFParagraph title = d.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(LINE_TWIPS);
            run(title, doc.title(), TITLE_SIZE, false, TITLE_FONT);
            for (Block b : doc.blocks()) {
                if (b.isHeading()) {
                    XWPFParagraph p = body(d);
                    p.setIndentationFirstLine(640); // two characters of 三号
                    run(p, b.text(), BODY_SIZE, b.level() >= 4, b.level() == 2 ? HEADING_FONT : b.level() == 3 ? SUBHEADING_FONT : BODY_FONT);
                } else if (b.isParagraph()) {
                    XWPFParagraph p = body(d);
                    p.setIndentationFirstLine(640);
                    run(p, b.text(), BODY_SIZE, false, BODY_FONT);
                } else if (b.isTable()) {
                    XWPFParagraph caption = d.createParagraph();
                    caption.setAlignment(ParagraphAlignment.CENTER);
                    run(caption, b.caption(), TABLE_SIZE + 1.5, true, HEADING_FONT);
                    table(d, b);
                } else if (b.chart() != null) {
                    chart(d, b);
                }
            }
            if (!doc.appendix().isEmpty()) {
                XWPFParagraph heading = d.createParagraph();
                run(heading, "附件", BODY_SIZE, false, HEADING_FONT);
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
        table(d, b);
    }

    private static void table(XWPFDocument d, Block b) {
        List<String> headers = b.headers();
        List<List<String>> rows = b.rows();
        XWPFTable t = d.createTable(rows.size() + 1, headers.size());
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        List<Integer> widths = b.columnWidths();
        boolean laidOut = !widths.isEmpty();
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> cells = r == 0 ? headers : rows.get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (laidOut) {
                    cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(100L * widths.get(c)));
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                String text = c < cells.size() ? cells.get(c) : "";
                String[] lines = text.split("\\r?\\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFParagraph para = i == 0 ? p : cell.addParagraph();
                    if (r == 0 || c == headers.size() - 1 && laidOut) {
                        para.setAlignment(ParagraphAlignment.CENTER);
                    } else if (AMOUNT.matcher(lines[i].strip()).matches()) {
                        para.setAlignment(ParagraphAlignment.RIGHT);
                    }
                    run(para, lines[i], TABLE_SIZE, r == 0, CJK_FONT);
                }
            }
        }
    }

    /** A4 with GB/T 9704's margins, and the page number "— 1 —" centred at the foot in 宋体 四号. */
    private static void page(XWPFDocument d) {
        var section = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setFooter(BigInteger.valueOf(992));
        XWPFParagraph number = d.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, "— ", 14, false, CJK_FONT);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        run(number, " —", 14, false, CJK_FONT);
    }

    /** A body paragraph at the fixed 28.95 pt line spacing. */
    private static XWPFParagraph body(XWPFDocument d) {
        XWPFParagraph p = d.createParagraph();
        p.setSpacingBetween(LINE_TWIPS / 20.0, LineSpacingRule.EXACT);
        return p;
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
