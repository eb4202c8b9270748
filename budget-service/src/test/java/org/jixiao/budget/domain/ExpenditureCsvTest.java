package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ExpenditureCsvTest {

    @Test
    void columnsAreFoundByNameAndDescriptionIsOptional() {
        assertThat(ExpenditureCsv.rows("amount, paidOn ,lineCode,voucherNo\n10.00,2021-03-01,L1,V1\n-1,2021-03-02,L1\n"))
                .containsExactly(new ExpenditureBatch.RawRow("V1", "L1", "2021-03-01", "10.00", null),
                        new ExpenditureBatch.RawRow(null, "L1", "2021-03-02", "-1", null));
    }

    @Test
    void everyMissingColumnIsNamed() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ExpenditureCsv.rows("voucherNo,description\nV1,x\n"));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("lineCode", "paidOn", "amount");
    }

    @Test
    void anEmptyBodyIsRejected() {
        assertThat(catchThrowableOfType(ProblemException.class, () -> ExpenditureCsv.rows(null)).getMessage())
                .isEqualTo("the CSV body is empty");
    }
}
