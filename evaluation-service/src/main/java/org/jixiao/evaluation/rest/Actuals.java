package org.jixiao.evaluation.rest;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.platform.json.StrictJson;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * An actual (实际完成值) as sent: a JSON number (or a string holding one) within the amount bounds. Offices often type
 * "完成" or "100%" where the figure is due; that is a 422 naming the field, not a 400 about JSON, so the client learns
 * what to enter.
 */
final class Actuals {
    private static final BigDecimal BOUND = new BigDecimal(Limits.MAX_AMOUNT);
    private static final int MAX_TEXT = 64;

    private Actuals() {
    }

    /**
     * The number, or null when absent; text adds a problem for {@code field} (422) and gives null; a number beyond
     * the bounds is a 400 at once.
     */
    static BigDecimal number(String sent, String field, List<FieldError> problems) {
        if (sent == null) {
            return null;
        }
        BigDecimal value = null;
        if (sent.length() <= MAX_TEXT) {
            try {
                value = new BigDecimal(sent.strip());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null) {
            String shown = sent.length() > 40 ? sent.substring(0, 40) + "…" : sent;
            problems.add(new FieldError(field, "a number is due (实际完成值), got the text \"" + shown + "\": enter the figure "
                    + "reached, e.g. 100 for 100 %; a 定性 indicator takes tier and fraction instead"));
            return null;
        }
        String outOfBounds = StrictJson.bounds(value);
        if (outOfBounds == null && value.abs().compareTo(BOUND) > 0) {
            outOfBounds = "must be between " + Limits.MIN_AMOUNT + " and " + Limits.MAX_AMOUNT;
        }
        if (outOfBounds != null) {
            // like any number beyond its bounds elsewhere: a 400, the request itself is malformed
            throw ProblemException.invalidField(field, outOfBounds);
        }
        return value;
    }
}
