package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class ExpenditureBatchTest {
    private static final Set<String> LINES = Set.of("L1", "L2");

    private static ExpenditureBatch.RawRow row(String voucher, String line, String date, String amount) {
        return new ExpenditureBatch.RawRow(voucher, line, date, amount, null);
    }

    @Test
    void validRowsPassWithRefunds() {
        ExpenditureBatch.Result r = ExpenditureBatch.validate(2021, LINES, List.of(
                row("V1", "L1", "2021-01-01", "10.5"), row("V2", "L2", "2021-12-31", "-3.25")));
        assertThat(r.valid()).isTrue();
        assertThat(r.rows()).extracting(ExpenditureRow::amount).extracting(Object::toString).containsExactly("10.50", "-3.25");
    }

    @Test
    void everyBadFieldOfEveryRowIsReported() {
        List<ExpenditureBatch.RawRow> rows = new ArrayList<>();
        rows.add(row(null, "L9", "2020-12-31", "1"));
        rows.add(row("V2", "L1", "31/12/2021", "0"));
        rows.add(row("V3", null, null, null));
        rows.add(null);
        rows.add(row("V5", "L1", "2021-02-01", "1.001"));
        ExpenditureBatch.Result r = ExpenditureBatch.validate(2021, LINES, rows);
        assertThat(r.valid()).isFalse();
        assertThat(r.errors()).extracting(FieldError::index, FieldError::field).containsExactly(
                tuple(0, "voucherNo"), tuple(0, "lineCode"), tuple(0, "paidOn"), tuple(1, "paidOn"), tuple(1, "amount"),
                tuple(2, "lineCode"), tuple(2, "paidOn"), tuple(2, "amount"), tuple(3, ""), tuple(4, "amount"));
    }

    @Test
    void datesAreStrictIso() {
        assertThat(ExpenditureBatch.isoDate("2021-02-28")).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThatThrownBy(() -> ExpenditureBatch.isoDate("2021-02-29")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ExpenditureBatch.isoDate("2021-1-5")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ExpenditureBatch.isoDate("2021-0a-05")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreFine() {
        assertThat(ExpenditureBatch.validate(2021, LINES, List.of(row("V", "L1", "2021-01-01", "1.2300"))).valid()).isTrue();
    }

    @Test
    void repeatsInsideABatchAreDuplicatesOrConflicts() {
        ExpenditureBatch.Result r = ExpenditureBatch.validate(2021, LINES, List.of(
                row("V1", "L1", "2021-01-01", "5"), row("V1", "L1", "2021-01-01", "5.00"), row("V1", "L1", "2021-01-02", "5")));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.duplicatesInBatch()).isEqualTo(1);
        assertThat(r.conflicts()).extracting(FieldError::index).containsExactly(2);
    }

    @Test
    void csvHandlesQuotesCommasNewlinesAndBom() {
        List<List<String>> records = CsvParser.parse("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"line1\nline2\"\n\n2,,\n");
        assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("1", "x, \"y\"", "line1\nline2"), List.of("2", "", ""));
    }
}
