package org.jixiao.platform.xlsx;

import java.util.List;

/**
 * A row of a sheet as read: its sheet, its number as Excel shows it (from 1) and its non-empty cells in column order.
 */
public record XlsxRow(String sheet, int number, List<XlsxCell> cells) {
    public XlsxRow {
        cells = List.copyOf(cells);
    }

    /** The cell in this column (index from 0), or null when the row has none there. */
    public XlsxCell cell(int columnIndex) {
        for (XlsxCell cell : cells) {
            if (cell.index() == columnIndex) {
                return cell;
            }
        }
        return null;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(XlsxCell::isBlank);
    }
}
