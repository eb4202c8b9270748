package org.jixiao.report.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
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

/** The DOCX as offices file documents (GB/T 9704-2012): A4 and its margins, the fonts and sizes, line spacing, page numbers. */
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
        }
    }
}
