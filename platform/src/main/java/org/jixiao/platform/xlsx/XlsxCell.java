package org.jixiao.platform.xlsx;

/**
 * A cell as stored in the sheet, typed by what Excel stored, not by how it displays it.
 *
 * @param column the column letters as Excel shows them ("C")
 * @param index  the column index from 0 (A = 0)
 * @param kind   what the cell holds
 * @param value  TEXT as written; NUMBER as a plain decimal (at most 15 significant digits, Excel's precision);
 *               DATE as YYYY-MM-DD; BOOLEAN as TRUE/FALSE; ERROR as Excel's code (#DIV/0!)
 */
public record XlsxCell(String column, int index, Kind kind, String value) {
    public enum Kind { TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public boolean isBlank() {
        return kind == Kind.TEXT && value.isBlank();
    }
}
