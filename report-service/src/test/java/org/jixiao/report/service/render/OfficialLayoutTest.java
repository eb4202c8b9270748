package org.jixiao.report.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.RuleSettings;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** The DOCX and the PDF as offices file documents (GB/T 9704-2012): A4 and its margins, the fonts and sizes, line spacing, page numbers. */
class OfficialLayoutTest {
    private final ReportDocument doc = new DocumentAssembler(RuleSettings.defaults()).assemble(Fixtures.data(), Fixtures.narrative(), null);

    private XWPFDocument docx() throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(doc, "版本 1")));
    }

    private static XWPFParagraph paragraph(XWPFDocument d, String startsWith) {
        return d.getParagraphs().stream().filter(p -> p.getText().startsWith(startsWith)).findFirst().orElseThrow();
    }

    @Test
    void a4WithTheStandardMarginsAndPageNumbers() throws Exception {
        try (XWPFDocument d = docx()) {
            CTSectPr section = d.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            // 37 mm, 35 mm, 28 mm, 26 mm in twentieths of a point
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
            assertThat(d.getFooterList()).hasSize(1);
            XWPFParagraph footer = d.getFooterList().get(0).getParagraphs().get(0);
            assertThat(footer.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(footer.getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
        }
    }

    @Test
    void titleBodyAndHeadingsInTheirFontsAndSizes() throws Exception {
        try (XWPFDocument d = docx()) {
            XWPFRun title = d.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
            XWPFParagraph body = paragraph(d, "2021年我局全年预算");
            XWPFRun run = body.getRuns().get(0);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            // a fixed 28.95 pt: 22 lines on the 225 mm type area
            assertThat(body.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(579));
            assertThat(body.getCTP().getPPr().getSpacing().getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
            assertThat(paragraph(d, "一、基本情况").getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(paragraph(d, "(一)部门概况").getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("楷体_GB2312");
            assertThat(paragraph(d, "1.部门机构设置").getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void tablesRepeatTheirHeaderAndRightAlignAmounts() throws Exception {
        try (XWPFDocument d = docx()) {
            XWPFTable spending = d.getTables().get(0);
            assertThat(spending.getRow(0).isRepeatHeader()).isTrue();
            assertThat(spending.getRow(6).getCell(1).getText()).isEqualTo("46.16%");
            assertThat(spending.getRow(6).getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            XWPFTable tasks = d.getTables().get(2);
            assertThat(tasks.getRow(1).getCell(3).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(tasks.getRow(1).getCell(2).getParagraphs().get(0).getAlignment()).isNotEqualTo(ParagraphAlignment.RIGHT);
            // laid out for reading: the outcome text widest, the score narrowest
            List<BigInteger> widths = tasks.getRow(0).getTableCells().stream().map(c -> c.getCTTc().getTcPr().getTcW().getW()).map(BigInteger.class::cast).toList();
            assertThat(widths.get(2)).isEqualTo(widths.stream().max(BigInteger::compareTo).orElseThrow());
            assertThat(widths.get(3)).isEqualTo(widths.stream().min(BigInteger::compareTo).orElseThrow());
        }
    }

    /** Where and in which font each line of a page starts. */
    private record Line(int page, float y, String font, float size, String text) {
    }

    private static List<Line> lines(byte[] pdf) throws Exception {
        List<Line> lines = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    lines.add(new Line(getCurrentPageNo(), first.getYDirAdj(), first.getFont().getName(), first.getFontSizeInPt(), text));
                }
            };
            stripper.getText(d);
        }
        return lines;
    }

    @Test
    void pdfOnTheStandardPageIn22LinesOfEmbeddedOpenFontsOfTheOfficialStyles() throws Exception {
        byte[] pdf = PdfRenderer.render(doc, "版本 1");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDRectangle a4 = d.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(595.3f, within(0.5f));
            assertThat(a4.getHeight()).isCloseTo(841.9f, within(0.5f));
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
                }
            }
        }
        List<Line> lines = lines(pdf);
        // the title in the 宋体-style font (AR PL SungtiL GB stands for 方正小标宋简体), 二号
        Line title = lines.stream().filter(l -> l.text().startsWith("2021年度广州市信访局")).findFirst().orElseThrow();
        assertThat(title.font()).endsWith("BousungEG-Light-GB");
        assertThat(title.size()).isEqualTo(22f);
        Line body = lines.stream().filter(l -> l.text().startsWith("本部门内设处室")).findFirst().orElseThrow();
        assertThat(body.font()).endsWith("BousungEG-Light-GB");
        assertThat(body.size()).isEqualTo(16f);
        // 一、 in the 黑体 style, (一) in the 楷体 style (AR PL KaitiM GB)
        assertThat(lines.stream().filter(l -> l.text().startsWith("一、基本情况")).findFirst().orElseThrow().font()).endsWith("DroidSansFallback");
        assertThat(lines.stream().filter(l -> l.text().startsWith("(一)部门概况")).findFirst().orElseThrow().font()).endsWith("GBZenKai-Medium");
        // page 2 is all text: 22 lines 28.95 pt apart, the first a type area's top (37 mm) below the page's edge
        List<Float> page2 = lines.stream().filter(l -> l.page() == 2 && l.size() == 16f).map(Line::y).distinct().sorted().toList();
        assertThat(page2).as(lines.stream().filter(l -> l.page() == 2).toList().toString()).hasSize(22);
        assertThat(page2.get(0)).isCloseTo(37 * 72 / 25.4f + 20, within(4f));
        for (int i = 1; i < page2.size(); i++) {
            assertThat(page2.get(i) - page2.get(i - 1)).isCloseTo(28.95f, within(0.1f));
        }
        // the page number, "— 2 —" under the type area
        Line number = lines.stream().filter(l -> l.page() == 2 && l.text().contains("2 —")).findFirst().orElseThrow();
        assertThat(number.y()).isGreaterThan(841.9f - 35 * 72 / 25.4f);
    }
}
