package org.jixiao.platform.xlsx;

/** What a template column holds, as the template formats it and the import checks it. */
public enum XlsxType {
    /** Text (the template formats the column as text "@", so typed codes like 1001 stay text). */
    TEXT,
    /** A decimal number (format "0.00"): a number cell, never text that looks like one. */
    DECIMAL,
    /** A date (format "yyyy-mm-dd"): a date cell, or text written YYYY-MM-DD. */
    DATE
}
