package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as people type them: plain decimal yuan, at most 2 decimals, ASCII digits. Full-width digits,
 * point and minus (１２３．４５, common in Chinese office files) are read as their ASCII forms; every
 * other digit script (Arabic-Indic ١٢٣…), exponents (1e5), grouping commas and currency signs are refused,
 * so a value is never guessed.
 */
public final class Amounts {
    static final BigDecimal MAX = new BigDecimal("9999999999999999.99");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d{1,16}(\\.\\d{1,2})?");
    private static final Pattern PLAIN_WITH_ZEROS = Pattern.compile("[+-]?\\d{1,16}(\\.\\d{1,2}0*)?");

    private Amounts() {
    }

    /** Full-width digits, point, plus and minus as ASCII; everything else unchanged. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The amount, or null when the text is not a plain decimal amount (see {@link #problem}). */
    public static BigDecimal parse(String text) {
        BigDecimal ascii = asciiDecimal(text);
        if (ascii != null) {
            return ascii;
        }
        String plain = normalise(text.strip());
        return PLAIN_WITH_ZEROS.matcher(plain).matches() ? new BigDecimal(plain) : null;
    }

    /** Why the text is not an amount, or null when it is one. */
    public static String problem(String text) {
        if (asciiDecimal(text) != null) {
            return null;
        }
        String plain = normalise(text.strip());
        if (PLAIN.matcher(plain).matches()) {
            return null;
        }
        if (PLAIN_WITH_ZEROS.matcher(plain).matches()) {
            return null;
        }
        if (plain.matches("[+-]?\\d+\\.\\d{3,}")) {
            return "must have at most 2 decimals (yuan)";
        }
        if (plain.matches("[+-]?\\d{17,}(\\.\\d*)?")) {
            return "is too large";
        }
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                + "' is not an amount: digits 0-9 (or full-width ０-９), an optional point and at most 2 decimals";
    }

    /**
     * The usual form, [+-]digits[.d[d]] in ASCII without surrounding space, read without regex or
     * normalising (a city's upload has a million of them); null for anything else, left to the full rules.
     */
    static BigDecimal asciiDecimal(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long unscaled = 0;
        int integerDigits = 0;
        for (; i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            unscaled = unscaled * 10 + (text.charAt(i) - '0');
            integerDigits++;
        }
        if (integerDigits == 0 || integerDigits > 16) {
            return null;
        }
        int scale = 0;
        if (i < length) {
            if (text.charAt(i) != '.' || length - i - 1 < 1 || length - i - 1 > 2) {
                return null;
            }
            for (i++; i < length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                scale++;
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
}
