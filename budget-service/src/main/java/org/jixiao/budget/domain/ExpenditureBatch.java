package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.platform.json.StrictText;
import org.jixiao.platform.problem.FieldError;

/**
 * Validates a batch of payments, all-or-nothing: every bad row is reported, and a batch with any
 * bad row is rejected as a whole. Rows repeated inside the batch with the same content count as
 * duplicates; with different content they are a conflict.
 */
public final class ExpenditureBatch {
    private static final int MAX_VOUCHER_LENGTH = 64;
    private static final int MAX_DESCRIPTION_LENGTH = 500;

    /** One raw row as received (JSON or CSV), fields still text. */
    public record RawRow(String voucherNo, String lineCode, String paidOn, String amount, String description) {
    }

    /**
     * @param rows distinct valid rows in input order
     * @param duplicatesInBatch rows repeated inside the batch with identical content
     * @param errors every invalid field (400 when not empty)
     * @param conflicts rows whose voucherNo appears earlier in the batch with other content (409)
     */
    public record Result(List<ExpenditureRow> rows, int duplicatesInBatch, List<FieldError> errors, List<FieldError> conflicts) {
        public boolean valid() {
            return errors.isEmpty() && conflicts.isEmpty();
        }
    }

    private ExpenditureBatch() {
    }

    public static Result validate(int fiscalYear, Set<String> knownLineCodes, List<RawRow> raw) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> conflicts = new ArrayList<>();
        Map<String, ExpenditureRow> byVoucher = new LinkedHashMap<>(raw.size() * 2);
        int duplicates = 0;
        for (int i = 0; i < raw.size(); i++) {
            RawRow row = raw.get(i);
            if (row == null) {
                errors.add(new FieldError(i, "", "row must be an object"));
                continue;
            }
            int errorsBefore = errors.size();
            textProblems(i, row, errors);
            if (errors.size() > errorsBefore) {
                continue;
            }
            String voucherNo = trim(row.voucherNo());
            if (voucherNo == null) {
                errors.add(new FieldError(i, "voucherNo", "is required"));
            } else if (voucherNo.length() > MAX_VOUCHER_LENGTH) {
                errors.add(new FieldError(i, "voucherNo", "must be at most " + MAX_VOUCHER_LENGTH + " characters"));
            }
            String lineCode = trim(row.lineCode());
            if (lineCode == null) {
                errors.add(new FieldError(i, "lineCode", "is required"));
            } else if (!knownLineCodes.contains(lineCode)) {
                errors.add(new FieldError(i, "lineCode", "unknown budget line '" + lineCode + "' for fiscal year " + fiscalYear));
            }
            LocalDate paidOn = null;
            String paidOnText = trim(row.paidOn());
            if (paidOnText == null) {
                errors.add(new FieldError(i, "paidOn", "is required"));
            } else {
                try {
                    paidOn = isoDate(paidOnText);
                    if (paidOn.getYear() != fiscalYear) {
                        errors.add(new FieldError(i, "paidOn", paidOnText + " is outside fiscal year " + fiscalYear));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(i, "paidOn", "'" + paidOnText + "' is not a date (YYYY-MM-DD)"));
                }
            }
            BigDecimal amount = null;
            String amountText = trim(row.amount());
            if (amountText == null) {
                errors.add(new FieldError(i, "amount", "is required"));
            } else {
                amount = Amounts.parse(amountText);
                if (amount == null) {
                    errors.add(new FieldError(i, "amount", Amounts.problem(amountText)));
                } else if (amount.signum() == 0) {
                    errors.add(new FieldError(i, "amount", "must not be zero (refunds are negative amounts)"));
                    amount = null;
                }
            }
            String description = trim(row.description());
            if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
                errors.add(new FieldError(i, "description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters"));
            }
            if (errors.size() > errorsBefore) {
                continue;
            }
            ExpenditureRow valid = new ExpenditureRow(voucherNo, lineCode, paidOn, amount.setScale(2), description);
            ExpenditureRow earlier = byVoucher.putIfAbsent(voucherNo, valid);
            if (earlier != null) {
                if (earlier.sameContentAs(valid)) {
                    duplicates++;
                } else {
                    conflicts.add(new FieldError(i, "voucherNo",
                            "voucher " + voucherNo + " appears earlier in this batch with different content"));
                }
            }
        }
        return new Result(new ArrayList<>(byVoucher.values()), duplicates, errors, conflicts);
    }

    /** YYYY-MM-DD without the formatter machinery (this runs a million times per city upload). */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new DateTimeParseException(e.getMessage(), text, 0);
                }
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Control characters or lone surrogates in any cell (PostgreSQL refuses NUL; CSV cells are not read by Jackson). */
    private static void textProblems(int index, RawRow row, List<FieldError> errors) {
        String[][] cells = {{"voucherNo", row.voucherNo()}, {"lineCode", row.lineCode()}, {"paidOn", row.paidOn()},
                {"amount", row.amount()}, {"description", row.description()}};
        for (String[] cell : cells) {
            String problem = cell[1] == null ? null : StrictText.problem(cell[1]);
            if (problem != null) {
                errors.add(new FieldError(index, cell[0], problem));
            }
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
