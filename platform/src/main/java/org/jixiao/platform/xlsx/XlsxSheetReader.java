package org.jixiao.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an XLSX package row by row with SAX (POI's event API: {@link XSSFReader}, the shared strings
 * read once, the styles to tell dates from numbers), so a sheet of 100,000 rows is never a workbook object model
 * in memory: only the current row is. Cells are typed by what Excel stored ({@link XlsxCell.Kind}); numbers are
 * taken from their stored digits, never through a double-formatted display string.
 */
public final class XlsxSheetReader {
    /** Excel shows and computes 15 significant digits; more are binary noise (0.1+0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    private static final int MAX_PLAIN_EXPONENT = 40;

    /** What the reader saw besides the rows. */
    public record Sheet(boolean found, List<String> sheetNames, List<String> mergedRanges) {
    }

    private XlsxSheetReader() {
    }

    /**
     * Hands each row of the sheet named {@code sheetName} to {@code rows}, in order. When the workbook has no such
     * sheet, nothing is read and the result says so (with the sheets it has).
     */
    public static Sheet read(OPCPackage pkg, String sheetName, Consumer<XlsxRow> rows)
            throws IOException, SAXException, OpenXML4JException {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                names.add(sheets.getSheetName());
                if (!sheets.getSheetName().equals(sheetName)) {
                    continue;
                }
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                Handler handler = new Handler(sheetName, strings, reader.getStylesTable(), rows);
                try {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(sheet));
                } catch (ParserConfigurationException e) {
                    throw new IllegalStateException("no SAX parser", e);
                }
                return new Sheet(true, names, handler.merged);
            }
        }
        return new Sheet(false, names, List.of());
    }

    /** "C" → 2, "AA" → 26. */
    public static int columnIndex(String letters) {
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            index = index * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return index - 1;
    }

    /** The column of a cell reference: "C17" → 2, "$AA$3" → 26 (runs for every cell: no regular expression). */
    static int columnIndexOf(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                index = index * 26 + (c - 'A' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return index - 1;
    }

    /** 2 → "C", 26 → "AA". */
    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** A stored number as a plain decimal, at Excel's precision: "1234.56", "1.0E7" → "10000000". */
    static String plainNumber(String stored) {
        BigDecimal value = new BigDecimal(stored.strip()).round(EXCEL_PRECISION).stripTrailingZeros();
        if (Math.abs(value.scale()) > MAX_PLAIN_EXPONENT) {
            return value.toString(); // 1E+999999: written out it would be a million digits; no column takes it
        }
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    /** SpreadsheetML's sheetData: row, c (r, t, s), v, is/t, f; mergeCells after it. */
    private static final class Handler extends DefaultHandler {
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<XlsxRow> rows;
        private final List<String> merged = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private final java.util.Map<String, Boolean> dateStyles = new java.util.HashMap<>();
        private final String[] letters = new String[64];
        private List<XlsxCell> cells;
        private int rowNumber;
        private int nextColumn;
        private String cellColumn;
        private int cellIndex;
        private String cellType;
        private String cellStyle;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        Handler(String sheet, ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<XlsxRow> rows) {
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    cellIndex = ref == null ? nextColumn : columnIndexOf(ref);
                    cellColumn = cellIndex < letters.length
                            ? (letters[cellIndex] == null ? letters[cellIndex] = columnLetters(cellIndex) : letters[cellIndex])
                            : columnLetters(cellIndex);
                    nextColumn = cellIndex + 1;
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s");
                    text.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inInlineText = !inPhonetic; // inline string text, not its phonetic guide (rPh)
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> merged.add(attributes.getValue("ref"));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            // <v> and an inline string's <is><t> apart: a cell edited by another tool may carry both, and only one
            // of them is its value (a shared-string index, or the inline text)
            if (inValue) {
                text.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    XlsxCell cell = cell("inlineStr".equals(cellType) && inline.length() > 0 ? inline.toString()
                            : text.length() > 0 || !"inlineStr".equals(cellType) ? text.toString() : inline.toString());
                    if (cell != null && cells != null) {
                        cells.add(cell);
                    }
                }
                case "row" -> {
                    rows.accept(new XlsxRow(sheet, rowNumber, cells));
                    cells = null;
                }
                default -> {
                }
            }
        }

        private XlsxCell cell(String stored) {
            if (cellType == null || cellType.equals("n")) {
                if (stored.isBlank()) {
                    return null; // a formatted but empty cell
                }
                if (isDateStyle()) {
                    double serial = Double.parseDouble(stored);
                    if (DateUtil.isValidExcelDate(serial)) {
                        return of(XlsxCell.Kind.DATE, DateUtil.getLocalDateTime(serial).toLocalDate().toString());
                    }
                }
                return of(XlsxCell.Kind.NUMBER, plainNumber(stored));
            }
            return switch (cellType) {
                case "s" -> of(XlsxCell.Kind.TEXT, strings.getItemAt(Integer.parseInt(stored.strip())).getString());
                case "inlineStr", "str" -> of(XlsxCell.Kind.TEXT, stored);
                case "b" -> of(XlsxCell.Kind.BOOLEAN, "1".equals(stored.strip()) ? "TRUE" : "FALSE");
                case "e" -> of(XlsxCell.Kind.ERROR, stored);
                case "d" -> of(XlsxCell.Kind.DATE, stored.length() >= 10 ? stored.substring(0, 10) : stored);
                default -> of(XlsxCell.Kind.TEXT, stored);
            };
        }

        private XlsxCell of(XlsxCell.Kind kind, String value) {
            return new XlsxCell(cellColumn, cellIndex, kind, value);
        }

        /** Whether the cell's style formats a date; decided once per style, not per cell. */
        private boolean isDateStyle() {
            if (cellStyle == null || styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(cellStyle, s -> {
                XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(s));
                return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            });
        }

        private static String name(String localName, String qName) {
            return localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        }
    }
}
