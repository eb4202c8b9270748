package org.jixiao.report.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.RuleSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model department's report: every figure of sections 一 and 二 where the model prints it, in every format. */
class GoldenReportTest {
    static final String TITLE = "2021年度广州市信访局部门整体支出绩效自评报告";
    static final String INCOME = "2021年我局全年预算 3834.35 万元，其中财政拨款 3664.35 万元、其他资金 170.00 万元；市本级财政拨款年度预算 3664.35 万元，"
            + "市本级财政拨款支出 3661.45 万元，"
            + "其中基本支出 2760.38 万元，预算完成率 99.91%；项目支出 901.08 万元，预算完成率 99.95%，整体预算完成率 99.92%，"
            + "支出进度全市排名第 6 名，预算执行总体情况良好。";
    static final String CONCLUSION = "2021年我局整体支出绩效自评结果为93.16分，其中管理效能自评分43.16分，履职效能评分为50分，评价等级为“优”。";
    /** The conclusion's own sentence, as the model prints it (the 优 default says the same). */
    static final String CONCLUSION_OWN = "从评价结果来看，我局能较好地完成各项重点工作任务，财政资金使用达到预期绩效目标，充分发挥了资金使用效益。";
    static final String PROJECTS = "我局2021年市本级财政拨款项目年度预算 901.53 万元，预算支出 901.08 万元，预算完成率 99.95%，"
            + "其中2019年信息化建设项目、2021年信息系统运行维护项目、社会工作及心理辅导服务项目、业务用房物业管理费以及云客服服务外包项目"
            + "预算执行率达 100%，其余项目预算执行率均已达99.66%以上，开展绩效自评的1个项目（2019年信息化建设项目）均达到预期绩效目标。";
    static final List<String> OUTLINE = List.of("一、基本情况", "(一)部门概况。", "1.部门机构设置。", "2.部门主要职能。",
            "3.年度总体工作和重点工作任务。", "(二)部门整体收支情况。", "(三)部门整体绩效管理情况。", "二、综合评价分析",
            "(一)自评结论综述。", "(二)各项工作任务绩效目标完成情况分析。", "(三)各重点任务项目支出完成情况分析。", "(四)主要工作成效。",
            "三、存在的主要问题", "四、下一步改进措施");

    static ReportDocument doc;

    @BeforeAll
    static void assemble() {
        doc = new DocumentAssembler(RuleSettings.defaults()).assemble(Fixtures.data(), Fixtures.narrative(), null);
    }

    /** The text between two headings. */
    static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a + from.length());
        assertThat(a).as("heading " + from).isGreaterThanOrEqualTo(0);
        assertThat(b).as("heading " + to).isGreaterThan(a);
        return text.substring(a + from.length(), b);
    }

    static void assertOutlineAndFigures(String text) {
        String t = text.replaceAll("[ \\t\\u00a0]+", " ");
        assertThat(t).contains(TITLE);
        int at = -1;
        for (String h : OUTLINE) {
            int i = t.indexOf(h, at + 1);
            assertThat(i).as("outline heading in order: " + h).isGreaterThan(at);
            at = i;
        }
        assertThat(between(t, "1.部门机构设置。", "2.部门主要职能。")).contains("本部门内设处室7个，分别是办公室、督查处、调研处、来信办理处、来访接待处、复查复核处、网上信访办理处");
        String income = between(t, "(二)部门整体收支情况。", "(三)部门整体绩效管理情况。");
        for (String f : List.of("3834.35", "3664.35", "3661.45", "2760.38", "99.91%", "901.08", "99.95%", "99.92%")) {
            assertThat(income).as("收支情况 figure " + f).contains(f);
        }
        assertThat(income).containsPattern("第 ?6 ?名");
        assertThat(between(t, "(三)部门整体绩效管理情况。", "二、综合评价分析")).contains("3831.45 万元");
        String conclusion = between(t, "(一)自评结论综述。", "(二)各项工作任务绩效目标完成情况分析。");
        assertThat(conclusion).contains("93.16分").contains("管理效能自评分43.16分").contains("履职效能评分为50分").contains("优");
        String tasks = between(t, "(二)各项工作任务绩效目标完成情况分析。", "(三)各重点任务项目支出完成情况分析。");
        assertThat(tasks).contains("任务内容", "任务绩效目标", "目标完成情况", "履职效能评分", "有效化解各类信访矛盾", "增强信访治理效能",
                "维护市人民来访接待厅秩序", "确保接访大厅安全有序");
        assertThat(tasks).containsPattern("(?<![\\d.])18[\\s\\S]*(?<![\\d.])18[\\s\\S]*(?<![\\d.])14");
        String projects = between(t, "(三)各重点任务项目支出完成情况分析。", "(四)主要工作成效。");
        for (String f : List.of("901.53", "901.08", "99.95%", "2019年信息化建设项目", "云客服服务外包项目", "100%", "99.66%")) {
            assertThat(projects).as("项目支出 figure " + f).contains(f);
        }
        assertThat(between(t, "(四)主要工作成效。", "三、存在的主要问题")).contains("99.99%", "98.85%");
    }

    @Test
    void documentModel() {
        assertThat(doc.title()).isEqualTo(TITLE);
        String text = doc.plainText();
        assertThat(text).contains(INCOME, CONCLUSION, CONCLUSION_OWN, PROJECTS);
        assertOutlineAndFigures(text);
    }

    @Test
    void markdown() {
        String md = MarkdownRenderer.render(doc);
        assertThat(md).startsWith("# " + TITLE).contains("## 一、基本情况", "### (二)部门整体收支情况。", INCOME, CONCLUSION, CONCLUSION_OWN, PROJECTS)
                .contains("| 任务内容 | 任务绩效目标 | 目标完成情况 | 履职效能评分 |", "| 1. 有效化解各类信访矛盾 | 增强信访治理效能 |", " | 18 |", " | 14 |");
        assertOutlineAndFigures(md);
    }

    @Test
    void html() {
        String html = HtmlRenderer.render(doc, "版本 1");
        assertThat(html).contains("<h1>" + TITLE + "</h1>", "<h2>一、基本情况</h2>", "<th>任务内容</th>", "<td class=\"score\">18</td>",
                INCOME, CONCLUSION, PROJECTS);
        assertOutlineAndFigures(html.replaceAll("<[^>]+>", "\n"));
    }

    @Test
    void pdfTextCanBeExtractedAndTheCjkFontIsAnEmbeddedSubset() throws Exception {
        byte[] pdf = PdfRenderer.render(doc, "版本 1");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("— \\d+ —", ""); // page numbers break sentences across pages
            assertOutlineAndFigures(text.replace("\r", "").replace("\n", ""));
            assertThat(text.replaceAll("\\s+", "")).contains(INCOME.replaceAll("\\s+", ""), CONCLUSION.replaceAll("\\s+", ""));
            PDPage first = d.getPage(0);
            boolean subset = false;
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                subset |= font.getName().matches("[A-Z]{6}\\+.*");
            }
            assertThat(subset).as("font embedded as a subset (ABCDEF+ prefix)").isTrue();
        }
        assertThat(pdf.length).as("a subset, not the 4 MB font").isLessThan(600_000);
    }

    @Test
    void documentsRenderedAtOnceShareTheParsedFontsWithoutMixingGlyphs() throws Exception {
        String expected = pdfText(PdfRenderer.render(doc, "版本 1"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<byte[]> render = () -> PdfRenderer.render(doc, "版本 1");
            var pdfs = pool.invokeAll(java.util.Collections.nCopies(8, render));
            for (var pdf : pdfs) {
                assertThat(pdfText(pdf.get())).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void docxOpensWithPoiAndHasARealTable() throws Exception {
        byte[] docx = DocxRenderer.render(doc, "版本 1");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor ex = new XWPFWordExtractor(d)) {
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo(TITLE);
            List<XWPFTable> tables = d.getTables();
            // the two charts' numbers, the task table, then the appendix: the department's table and project XXH's; the charts' pictures
            assertThat(tables).hasSize(5);
            assertThat(d.getAllPictures()).hasSize(2);
            assertThat(tables.get(4).getRow(0).getCell(1).getText()).isEqualTo("2019年信息化建设项目");
            XWPFTable t = tables.get(2);
            assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("任务内容", "任务绩效目标", "目标完成情况", "履职效能评分");
            assertThat(t.getNumberOfRows()).isEqualTo(4);
            assertThat(List.of(t.getRow(1).getCell(3).getText(), t.getRow(2).getCell(3).getText(), t.getRow(3).getCell(3).getText()))
                    .containsExactly("18", "18", "14");
            assertThat(t.getRow(1).getCell(0).getText()).isEqualTo("1. 有效化解各类信访矛盾");
            String text = ex.getText();
            assertThat(text).contains(INCOME, CONCLUSION, CONCLUSION_OWN, PROJECTS);
            assertOutlineAndFigures(text);
            assertThat(text).contains(APPENDIX);
        }
    }

    /** The appendix (附件): the department's table, then the project's, in every format. */
    static final String[] APPENDIX = {"附件1", "2021年度广州市信访局部门整体支出绩效自评表", "附件2", "2021年度项目支出绩效自评表（2019年信息化建设项目）"};

    @Test
    void everyFormatEndsWithTheTablesAsAppendix() throws Exception {
        assertThat(doc.appendix()).extracting(t -> t.key()).containsExactly("department", "project-XXH");
        assertThat(MarkdownRenderer.render(doc)).contains("## 附件", "### 附件2 2021年度项目支出绩效自评表（2019年信息化建设项目）",
                "| 项目名称 | 2019年信息化建设项目 |");
        String html = HtmlRenderer.render(doc, "版本 1");
        assertThat(html).contains(APPENDIX).contains("<th rowspan=\"5\">项目资金（万元）</th>");
        try (PDDocument d = Loader.loadPDF(PdfRenderer.render(doc, "版本 1"))) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", "")).contains(APPENDIX).contains("系统功能模块上线数");
        }
    }
}
