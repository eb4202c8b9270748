package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A validated payment record (支出凭证). Refunds are negative amounts. */
public record ExpenditureRow(String voucherNo, String lineCode, LocalDate paidOn, BigDecimal amount, String description) {

    /** Same payment: equal line, date, amount (numerically) and description. */
    public boolean sameContentAs(String otherLineCode, LocalDate otherPaidOn, BigDecimal otherAmount, String otherDescription) {
        return lineCode.equals(otherLineCode) && paidOn.equals(otherPaidOn) && amount.compareTo(otherAmount) == 0
                && Objects.equals(blankToNull(description), blankToNull(otherDescription));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
