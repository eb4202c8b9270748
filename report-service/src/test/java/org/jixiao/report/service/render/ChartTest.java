package org.jixiao.report.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.report.domain.Chart;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.RuleSettings;
import org.jixiao.report.service.render.chart.ChartPng;
import org.jixiao.report.service.render.chart.ChartSvg;
import org.junit.jupiter.api.Test;

/**
 * The model report's two charts, spending progress against time progress and the score by first-level indicator: drawn
 * from the snapshot's numbers as SVG (HTML, PDF) and as a picture (DOCX), always with the numbers in a table beside.
 */
class ChartTest {
    private final ReportDocument doc = new DocumentAssembler(RuleSettings.defaults()).assemble(Fixtures.data(), Fixtures.narrative(), null);

    private List<ReportDocument.Block> charts() {
        return doc.blocks().stream().filter(b -> b.chart() != null).toList();
    }

    @Test
    void theReportHasBothChartsWithTheirNumbersBeside() {
        assertThat(charts()).extracting(ReportDocument.Block::caption)
                .containsExactly("2021年市本级财政拨款支出进度与序时进度", "一级指标得分");
        ReportDocument.Block spending = charts().get(0);
        assertThat(spending.headers()).containsExactly("月份", "支出进度", "序时进度");
        assertThat(spending.rows()).hasSize(12);
        assertThat(spending.rows().get(5)).containsExactly("6月", "46.16%", "50%");
        assertThat(spending.rows().get(11)).containsExactly("12月", "99.92%", "100%");
        ReportDocument.Block scores = charts().get(1);
        assertThat(scores.rows()).containsExactly(List.of("管理效能", "43.16分", "50分"), List.of("履职效能", "50分", "50分"));
    }

    @Test
    void theSvgDrawsEveryMonthAndLabelsInChinese() {
        Chart spending = charts().get(0).chart();
        String svg = ChartSvg.render(spending, Typeface.HEI.family);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("aria-label=\"2021年市本级财政拨款支出进度与序时进度\"")
                .contains(">支出进度</text>", ">序时进度</text>", ">6月</text>", ">100%</text>");
        // two series, twelve points each; the time progress dashed
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        String firstLine = svg.substring(svg.indexOf("points=\"") + 8);
        assertThat(firstLine.substring(0, firstLine.indexOf('"')).split(" ")).hasSize(12);
        String bars = ChartSvg.render(charts().get(1).chart(), Typeface.HEI.family);
        assertThat(bars.split("<rect", -1)).as("2 indicators × 2 series, and the legend's 2").hasSize(7).toString();
        assertThat(bars).contains(">43.16</text>", ">管理效能</text>");
    }

    @Test
    void thePictureIsARealPng() throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartPng.render(charts().get(0).chart())));
        assertThat(png.getWidth()).isEqualTo(ChartSvg.WIDTH * 2);
        assertThat(png.getHeight()).isEqualTo(ChartSvg.HEIGHT * 2);
        // something is drawn in the series colour, not just a white page
        boolean red = false;
        for (int x = 0; x < png.getWidth() && !red; x += 2) {
            for (int y = 0; y < png.getHeight() && !red; y += 2) {
                red = (png.getRGB(x, y) & 0xffffff) == 0xc0392b;
            }
        }
        assertThat(red).isTrue();
    }

    @Test
    void everyFormatCarriesTheCharts() throws Exception {
        String html = HtmlRenderer.render(doc, "版本 1");
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "2021年市本级财政拨款支出进度与序时进度（数据）");
        byte[] pdf = PdfRenderer.render(doc, "版本 1");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertThat(text).contains("2021年市本级财政拨款支出进度与序时进度（数据）", "6月46.16%50%", "管理效能43.16分50分");
            // the charts themselves are drawn as text in an embedded font, not outlines: "12月" on the axis and in the table
            assertThat(text.split("12月", -1)).as("12月 in the chart and in its table").hasSizeGreaterThanOrEqualTo(3);
            Path out = Path.of("target", "chart-check");
            Files.createDirectories(out);
            for (int page = 0; page < d.getNumberOfPages(); page++) {
                ImageIO.write(new PDFRenderer(d).renderImageWithDPI(page, 60), "png", out.resolve("page-" + (page + 1) + ".png").toFile());
            }
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(doc, "版本 1")))) {
            assertThat(docx.getAllPictures()).hasSize(2);
            assertThat(docx.getAllPictures().get(0).getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
        }
        assertThat(MarkdownRenderer.render(doc)).contains("**一级指标得分**", "| 管理效能 | 43.16分 | 50分 |");
    }
}
