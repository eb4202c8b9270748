package org.jixiao.platform.json;

/**
 * What text a request may carry: no control characters (U+0000–U+001F, U+007F) except tab, CR and LF,
 * and no lone surrogates. PostgreSQL refuses NUL, and a lone surrogate would be stored as "?".
 */
public final class StrictText {
    private StrictText() {
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return String.format("must not contain the control character U+%04X (at %d)", (int) c, i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone surrogate (at " + i + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone surrogate (at " + i + ")";
            }
        }
        return null;
    }
}
