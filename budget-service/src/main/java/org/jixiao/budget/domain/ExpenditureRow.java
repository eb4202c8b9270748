package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A validated payment record (支出凭证). Refunds are negative amounts. */
public record ExpenditureRow(String voucherNo, String lineCode, LocalDate paidOn, BigDecimal amount, String description) {

    /** Same payment: equal line, date, amount (numerically) and description. */
    public boolean sameContentAs(ExpenditureRow other) {
        return lineCode.equals(other.lineCode) && paidOn.equals(other.paidOn) && amount.compareTo(other.amount) == 0
                && Objects.equals(blankToNull(description), blankToNull(other.description));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
