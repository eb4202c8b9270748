package org.jixiao.budget.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks as a user fills them in Excel, built in memory for the tests. */
final class Workbooks {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    /** The downloaded template (or export) with these rows appended below its last row. */
    static byte[] fill(byte[] template, Object[]... rows) {
        return edit(template, sheet -> {
            int next = sheet.getLastRowNum() + 1;
            for (Object[] values : rows) {
                write(sheet, next++, values);
            }
        });
    }

    /** The workbook changed by {@code change} (its first sheet). */
    static byte[] edit(byte[] workbook, Consumer<Sheet> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new one-sheet workbook whose first row is the header. */
    static byte[] sheet(String name, Object[]... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(name);
            for (int i = 0; i < rows.length; i++) {
                write(sheet, i, rows[i]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of the first sheet as Excel displays it. */
    static List<List<String>> rows(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, int index, Object[] values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellStyle(dateStyle(sheet));
                cell.setCellValue(date);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /**
     * One date style per workbook, as Excel keeps it: a style per cell would make styles.xml thousands of identical
     * entries, which compress more than 100x and are refused as a zip bomb.
     */
    private static CellStyle dateStyle(Sheet sheet) {
        var book = sheet.getWorkbook();
        short format = book.createDataFormat().getFormat("yyyy-mm-dd");
        for (int i = 0; i < book.getNumCellStyles(); i++) {
            if (book.getCellStyleAt(i).getDataFormat() == format) {
                return book.getCellStyleAt(i);
            }
        }
        CellStyle style = book.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

    /** The package with its first worksheet padded by megabytes of whitespace: a few KB sent, a zip bomb's ratio. */
    static byte[] zipBomb(byte[] xlsx) {
        try {
            Path file = Files.createTempFile("bomb-", ".xlsx");
            Files.write(file, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content = in.getInputStream(entry).readAllBytes();
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().startsWith("xl/worksheets/sheet")) {
                        String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                        int at = xml.indexOf("<sheetData");
                        zip.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1 << 16];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < 320; i++) {
                            zip.write(spaces); // 20 MB of whitespace, about 20 KB deflated
                        }
                        zip.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            } finally {
                Files.deleteIfExists(file);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
