package org.jixiao.platform.xlsx;

import java.util.Map;

/**
 * A data row that fits its template: each column's value as text (DECIMAL as a plain decimal, DATE as YYYY-MM-DD,
 * a blank optional cell as null), ready for the same validation a CSV row gets.
 */
public final class XlsxRecord {
    private final int row;
    private final String[] values;
    private final Map<String, Integer> indexByKey;

    XlsxRecord(int row, String[] values, Map<String, Integer> indexByKey) {
        this.row = row;
        this.values = values;
        this.indexByKey = indexByKey;
    }

    /** The row number as Excel shows it. */
    public int row() {
        return row;
    }

    /** The value of the column with this key, or null when the cell is empty. */
    public String get(String key) {
        Integer index = indexByKey.get(key);
        if (index == null) {
            throw new IllegalArgumentException("the template has no column " + key);
        }
        return values[index];
    }
}
