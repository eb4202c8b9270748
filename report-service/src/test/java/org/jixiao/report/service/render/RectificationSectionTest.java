package org.jixiao.report.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.report.domain.CanonicalJson;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.RuleSettings;
import org.junit.jupiter.api.Test;

/**
 * 上年度绩效评价问题整改情况: a version of 2021 whose snapshot holds the department's 2020 rectification items (the recorded
 * contract) prints them under (三)部门整体绩效管理情况 in every format; without items the document and the snapshot are
 * the model's, unchanged.
 */
class RectificationSectionTest {
    static final String SUMMARY = "我局对2020年度绩效评价发现的2个问题逐项落实整改，其中已完成整改1个、逾期未完成整改1个。";
    static final String DONE_ROW = "1. 绩效管理意识不强：存在“重资金支出，轻绩效管理”的现象";

    private static ReportDocument assemble(ReportData data) {
        return new DocumentAssembler(RuleSettings.defaults()).assemble(data, Fixtures.narrative(), null);
    }

    private static ReportDocument withItems() {
        return assemble(ReportData.from(Fixtures.snapshotWithRectifications(), Fixtures.MAPPER));
    }

    @Test
    void theItemsOfTheYearBeforeStandUnderPerformanceManagement() {
        String text = withItems().plainText();
        String management = GoldenReportTest.between(text, "(三)部门整体绩效管理情况。", "二、综合评价分析");
        assertThat(management).contains("上年度绩效评价问题整改情况。", SUMMARY, "存在问题\t整改措施\t责任人\t整改时限\t整改情况",
                DONE_ROW + "\t加强绩效管理宣传培训，将绩效管理纳入处室年度考核\t办公室\t2021年6月30日\t已完成：2021年举办绩效管理培训2期",
                "2. 绩效目标设置不够合理", "2021年9月30日\t逾期未完成：已修订3个项目的绩效目标");
        GoldenReportTest.assertOutlineAndFigures(text);
    }

    @Test
    void withoutItemsTheModelReportAndItsSnapshotAreUnchanged() throws Exception {
        assertThat(assemble(Fixtures.data()).plainText()).doesNotContain("整改情况");
        assertThat(ReportData.withRectifications(Fixtures.snapshot(), Fixtures.MAPPER.readTree("{\"items\": [], \"total\": 0}")))
                .isEqualTo(Fixtures.snapshot());
        assertThat(CanonicalJson.sha256(CanonicalJson.content(ReportData.withRectifications(Fixtures.snapshot(), null),
                Fixtures.narrativeJson(), "t"))).isEqualTo(CanonicalJson.sha256(CanonicalJson.content(Fixtures.snapshot(),
                Fixtures.narrativeJson(), "t")));
    }

    @Test
    void everyFormatPrintsTheTable() throws Exception {
        ReportDocument doc = withItems();
        assertThat(MarkdownRenderer.render(doc)).contains("| 存在问题 | 整改措施 | 责任人 | 整改时限 | 整改情况 |", "| " + DONE_ROW + " |",
                SUMMARY);
        String html = HtmlRenderer.render(doc, "版本 1");
        assertThat(html).contains("<th>存在问题</th>", "<th>整改情况</th>", SUMMARY);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(doc, "版本 1")))) {
            List<String> headers = docx.getTables().stream().map(t -> t.getRow(0).getCell(0).getText()).toList();
            assertThat(headers).contains("存在问题");
            XWPFTable table = docx.getTables().get(headers.indexOf("存在问题"));
            assertThat(table.getNumberOfRows()).isEqualTo(3);
            assertThat(table.getRow(2).getCell(4).getText()).startsWith("逾期未完成");
        }
        byte[] pdf = PdfRenderer.render(html);
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertThat(text).contains("上年度绩效评价问题整改情况", SUMMARY.replaceAll("\\s+", ""), "逾期未完成");
        }
    }
}
