package org.jixiao.report.service.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.report.domain.tables.TableGrid;
import org.jixiao.report.domain.tables.TableGrid.Kind;

/**
 * XLSX (Apache POI XSSF) of a table: the title and subtitle above, the grid with real merged cells, amounts stored as
 * numbers in 万元 (yuan ÷ 10000, exact) shown "0.00", rates as fractions shown "0.00%", scores "0.00"; printed on A4 one
 * page wide (landscape when the layout asks for it), the header rows repeated on every page.
 */
public final class XlsxTableRenderer {
    public static final String AMOUNT_FORMAT = "0.00";
    public static final String RATE_FORMAT = "0.00%";
    /** Rows above the grid: the title and the subtitle. */
    public static final int GRID_FIRST_ROW = 2;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String FONT = "宋体";

    private XlsxTableRenderer() {
    }

    public static byte[] render(TableGrid grid) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // a sheet name may not exceed 31 characters
            String name = grid.key().length() > 31 ? grid.key().substring(0, 31) : grid.key();
            XSSFSheet sheet = wb.createSheet(name);
            Map<Kind, CellStyle> styles = styles(wb);
            CellStyle title = wb.createCellStyle();
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setFont(font(wb, 16, true));
            CellStyle subtitle = wb.createCellStyle();
            subtitle.setFont(font(wb, 10, false));

            int last = grid.columns() - 1;
            text(sheet.createRow(0), 0, grid.title(), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            sheet.getRow(0).setHeightInPoints(28);
            text(sheet.createRow(1), 0, grid.subtitle(), subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

            for (int r = 0; r < grid.rows(); r++) {
                Row row = sheet.createRow(GRID_FIRST_ROW + r);
                // every position gets a bordered cell, so merged regions keep their borders
                for (int c = 0; c < grid.columns(); c++) {
                    row.createCell(c).setCellStyle(styles.get(Kind.TEXT));
                }
            }
            for (TableGrid.Cell c : grid.cells()) {
                Cell cell = sheet.getRow(GRID_FIRST_ROW + c.row()).getCell(c.col());
                cell.setCellStyle(styles.get(c.kind()));
                if (c.numeric() && c.number() != null) {
                    cell.setCellValue(stored(c).doubleValue());
                } else {
                    cell.setCellValue(c.display());
                }
                if (c.merged()) {
                    sheet.addMergedRegion(new CellRangeAddress(GRID_FIRST_ROW + c.row(), GRID_FIRST_ROW + c.row() + c.rowSpan() - 1,
                            c.col(), c.col() + c.colSpan() - 1));
                }
            }
            for (int c = 0; c < grid.columns(); c++) {
                sheet.setColumnWidth(c, Math.min(255, grid.widths().get(c) * 2) * 256);
            }
            printSetup(sheet, grid.landscape());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number a cell stores: 万元 for amounts (unrounded: the format shows 2 decimals), a fraction for rates. */
    static BigDecimal stored(TableGrid.Cell c) {
        return switch (c.kind()) {
            case AMOUNT -> c.number().divide(TEN_THOUSAND);
            case RATE -> c.number().divide(HUNDRED);
            default -> c.number();
        };
    }

    private static void printSetup(XSSFSheet sheet, boolean landscape) {
        PrintSetup p = sheet.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(landscape);
        // one page wide, as many pages tall as it takes
        sheet.setFitToPage(true);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
    }

    private static Map<Kind, CellStyle> styles(XSSFWorkbook wb) {
        Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
        short amount = wb.createDataFormat().getFormat(AMOUNT_FORMAT);
        short rate = wb.createDataFormat().getFormat(RATE_FORMAT);
        Font plain = font(wb, 10, false);
        Font bold = font(wb, 10, true);
        for (Kind k : Kind.values()) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            s.setFont(k == Kind.LABEL ? bold : plain);
            s.setAlignment(k == Kind.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
            if (k == Kind.AMOUNT || k == Kind.SCORE) {
                s.setDataFormat(amount);
            } else if (k == Kind.RATE) {
                s.setDataFormat(rate);
            }
            styles.put(k, s);
        }
        return styles;
    }

    private static Font font(XSSFWorkbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static void text(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }
}
