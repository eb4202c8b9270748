package org.jixiao.budget.repository;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How "spent up to asOf" reads the aggregates: whole months before {@code monthsBefore} from the
 * monthly table, plus the days from {@code dayFrom} to {@code dayTo} from the payments themselves (empty
 * when asOf is a month end, so month-end reads touch the monthly table only).
 */
record SpendingWindow(int monthsBefore, LocalDate dayFrom, LocalDate dayTo) {

    static SpendingWindow of(int year, LocalDate asOf) {
        if (asOf.getYear() < year) {
            return new SpendingWindow(1, LocalDate.of(year, 1, 2), LocalDate.of(year, 1, 1));
        }
        if (asOf.getYear() > year || asOf.equals(LocalDate.of(year, 12, 31))) {
            return new SpendingWindow(13, LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 30));
        }
        YearMonth month = YearMonth.from(asOf);
        if (asOf.equals(month.atEndOfMonth())) {
            return new SpendingWindow(asOf.getMonthValue() + 1, asOf.plusDays(1), asOf);
        }
        return new SpendingWindow(asOf.getMonthValue(), month.atDay(1), asOf);
    }
}
