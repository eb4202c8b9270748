package org.jixiao.report.service.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.report.domain.Fixtures;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.tables.DepartmentTable;
import org.jixiao.report.domain.tables.ProjectTable;
import org.jixiao.report.domain.tables.TableGrid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's tables in every format: project XXH's 项目支出绩效自评表 and the department's 部门整体支出绩效自评表. XLSX is
 * opened with POI (cells, merged regions, number formats, print setup), DOCX with XWPF, the PDF's text extracted.
 */
class GoldenTablesTest {
    /** The grid starts under the title and subtitle rows. */
    static final int TOP = XlsxTableRenderer.GRID_FIRST_ROW;
    static final String PROJECT_TITLE = "2021年度项目支出绩效自评表（2019年信息化建设项目）";
    static final String DEPARTMENT_TITLE = "2021年度广州市信访局部门整体支出绩效自评表";

    static TableGrid project;
    static TableGrid department;

    @BeforeAll
    static void build() {
        ReportData data = Fixtures.data();
        project = ProjectTable.of(data.project("XXH"), data).grid();
        department = DepartmentTable.of(data).grid();
    }

    static XSSFSheet sheet(TableGrid grid) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(XlsxTableRenderer.render(grid))).getSheetAt(0);
    }

    static XSSFCell cell(XSSFSheet s, int gridRow, int col) {
        return s.getRow(TOP + gridRow).getCell(col);
    }

    @Test
    void projectXlsxHasTheOfficialCellsMergesFormatsAndPrintSetup() throws Exception {
        XSSFSheet s = sheet(project);
        assertThat(s.getSheetName()).isEqualTo("project-XXH");
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(PROJECT_TITLE);
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).contains("主管部门：广州市信访局", "单位：万元");
        assertThat(cell(s, 0, 0).getStringCellValue()).isEqualTo("项目名称");
        assertThat(cell(s, 0, 1).getStringCellValue()).isEqualTo("2019年信息化建设项目");
        assertThat(cell(s, 1, 0).getStringCellValue()).isEqualTo("主管部门");
        assertThat(cell(s, 1, 5).getStringCellValue()).isEqualTo("实施单位");
        assertThat(List.of(3, 4, 5, 6, 7, 8)).extracting(c -> cell(s, 2, c).getStringCellValue())
                .containsExactly("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        assertThat(List.of(3, 4, 5, 6)).extracting(r -> cell(s, r, 1).getStringCellValue())
                .containsExactly("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");

        // amounts are numbers in 万元 shown with 2 decimals; the rate a fraction shown as a percentage
        XSSFCell budget = cell(s, 3, 4);
        assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(budget.getNumericCellValue()).isEqualTo(186.0);
        assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        XSSFCell rate = cell(s, 3, 7);
        assertThat(rate.getNumericCellValue()).isEqualTo(1.0);
        assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(cell(s, 3, 6).getNumericCellValue()).isEqualTo(10.0);
        assertThat(cell(s, 3, 8).getNumericCellValue()).isEqualTo(10.0);
        assertThat(cell(s, 4, 5).getNumericCellValue()).isEqualTo(186.0);
        assertThat(cell(s, 5, 3).getStringCellValue()).isEqualTo("—");

        assertThat(cell(s, 7, 0).getStringCellValue()).isEqualTo("年度总体目标");
        assertThat(cell(s, 8, 1).getStringCellValue()).isEqualTo("完成信访信息系统升级改造，提升群众网上信访办理效率和满意度");
        assertThat(cell(s, 8, 5).getStringCellValue()).startsWith("完成信访信息系统升级改造，系统功能模块上线数5个");
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8)).extracting(c -> cell(s, 9, c).getStringCellValue())
                .containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        assertThat(List.of(1, 2, 3, 4, 5)).extracting(c -> cell(s, 10, c).getStringCellValue())
                .containsExactly("产出指标", "数量指标", "系统功能模块上线数", "≥5个", "5个");
        assertThat(cell(s, 10, 6).getNumericCellValue()).isEqualTo(20.0);
        assertThat(cell(s, 10, 7).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(cell(s, 15, 3).getStringCellValue()).isEqualTo("群众满意度");
        assertThat(cell(s, 16, 0).getStringCellValue()).isEqualTo("总分");
        assertThat(cell(s, 16, 6).getNumericCellValue()).isEqualTo(100.0);
        assertThat(cell(s, 16, 7).getNumericCellValue()).isEqualTo(100.0);
        assertThat(cell(s, 16, 8).getStringCellValue()).isEqualTo("自评等级：优");

        assertThat(s.getMergedRegions()).contains(
                new CellRangeAddress(0, 0, 0, 8),                       // title
                new CellRangeAddress(TOP, TOP, 1, 8),                   // 项目名称
                new CellRangeAddress(TOP + 1, TOP + 1, 1, 4),           // 主管部门
                new CellRangeAddress(TOP + 1, TOP + 1, 6, 8),           // 实施单位
                new CellRangeAddress(TOP + 2, TOP + 6, 0, 0),           // 项目资金（万元）
                new CellRangeAddress(TOP + 3, TOP + 3, 1, 2),           // 年度资金总额
                new CellRangeAddress(TOP + 7, TOP + 8, 0, 0),           // 年度总体目标
                new CellRangeAddress(TOP + 7, TOP + 7, 1, 4),           // 预期目标
                new CellRangeAddress(TOP + 7, TOP + 7, 5, 8),           // 实际完成情况
                new CellRangeAddress(TOP + 9, TOP + 15, 0, 0),          // 绩效指标
                new CellRangeAddress(TOP + 10, TOP + 12, 1, 1),         // 产出指标 over 数量, 质量, 时效
                new CellRangeAddress(TOP + 16, TOP + 16, 0, 5));        // 总分

        PrintSetup p = s.getPrintSetup();
        assertThat(p.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(p.getLandscape()).isTrue();
        assertThat(s.getFitToPage()).isTrue();
        assertThat(p.getFitWidth()).isEqualTo((short) 1);
        assertThat(p.getFitHeight()).isEqualTo((short) 0);
    }

    @Test
    void departmentXlsxHasTheTreeWithPointsAndScores() throws Exception {
        XSSFSheet s = sheet(department);
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(DEPARTMENT_TITLE);
        assertThat(cell(s, 0, 1).getStringCellValue()).isEqualTo("广州市信访局");
        assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(c -> cell(s, 1, c).getStringCellValue())
                .containsExactly("一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明");
        assertThat(cell(s, 2, 0).getStringCellValue()).isEqualTo("管理效能（分值50，得分43.16）");
        assertThat(cell(s, 2, 2).getStringCellValue()).isEqualTo("预算执行率");
        assertThat(cell(s, 2, 3).getNumericCellValue()).isEqualTo(10.0);
        assertThat(cell(s, 2, 4).getNumericCellValue()).isEqualTo(9.99);
        assertThat(cell(s, 2, 4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        int last = department.rows() - 1;
        assertThat(cell(s, last, 0).getStringCellValue()).isEqualTo("总分");
        assertThat(cell(s, last, 3).getNumericCellValue()).isEqualTo(100.0);
        assertThat(cell(s, last, 4).getNumericCellValue()).isEqualTo(93.16);
        TableGrid.Cell management = department.at(2, 0);
        assertThat(s.getMergedRegions()).contains(new CellRangeAddress(TOP + 2, TOP + 2 + management.rowSpan() - 1, 0, 0),
                new CellRangeAddress(TOP + last, TOP + last, 0, 2));
        assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }

    @Test
    void projectDocxIsAWordTableWithMergedCells() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(DocxTableRenderer.render(project, "版本 1")))) {
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo(PROJECT_TITLE);
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getNumberOfRows()).isEqualTo(17);
            assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("项目名称", "2019年信息化建设项目");
            assertThat(t.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(8);
            assertThat(t.getRow(3).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("", "年度资金总额", "186.00", "186.00", "186.00", "10.00", "100.00%", "10.00");
            assertThat(t.getRow(10).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("", "产出指标", "数量指标", "系统功能模块上线数", "≥5个", "5个", "20.00", "20.00", "");
            assertThat(t.getRow(16).getTableCells()).extracting(c -> c.getText()).containsExactly("总分", "100.00", "100.00", "自评等级：优");
            assertThat(d.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
        }
    }

    @Test
    void departmentDocxIsAWordTable() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(DocxTableRenderer.render(department, "版本 1")))) {
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo(DEPARTMENT_TITLE);
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getNumberOfRows()).isEqualTo(department.rows());
            assertThat(t.getRow(1).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明");
            assertThat(t.getRow(2).getCell(2).getText()).isEqualTo("预算执行率");
            assertThat(t.getRow(department.rows() - 1).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("总分", "100.00", "93.16", "自评等级：优");
        }
    }

    @Test
    void projectPdfTextExtracts() throws Exception {
        String text = pdfText(project);
        assertThat(text).contains(PROJECT_TITLE, "项目名称", "2019年信息化建设项目", "主管部门", "广州市信访局", "年度资金总额", "其中：当年财政拨款",
                "上年结转资金", "其他资金", "186.00", "100.00%", "年度总体目标", "年度绩效目标全部完成", "系统功能模块上线数", "≥5个",
                "群众满意度", "偏差原因分析及改进措施", "总分", "自评等级：优");
    }

    @Test
    void departmentPdfTextExtracts() throws Exception {
        String text = pdfText(department);
        assertThat(text).contains(DEPARTMENT_TITLE, "管理效能（分值50，得分43.16）", "预算执行率", "9.99", "重点工作任务1", "93.16", "自评等级：优");
    }

    private static String pdfText(TableGrid grid) throws Exception {
        byte[] pdf = PdfRenderer.render(HtmlTableRenderer.page(grid, "版本 1"));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).as("A4 landscape").isGreaterThan(d.getPage(0).getMediaBox().getHeight());
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
