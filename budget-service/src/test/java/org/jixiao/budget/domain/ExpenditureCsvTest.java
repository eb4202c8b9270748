package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        assertThat(catchThrowableOfType(ProblemException.class, () -> ExpenditureCsv.rows((String) null)).getMessage())
                .isEqualTo("the CSV body is empty");
    }

    @Test
    void quotedFieldsCarriageReturnsAndAByteOrderMarkAcrossReadBuffers() {
        String header = "\uFEFFvoucherNo,lineCode,paidOn,amount,description\r\n";
        String row = "V%d,L1,2021-03-01,10.00,\"含,逗号 \"\"引号\"\" 与\n换行\"\r\n";
        StringBuilder csv = new StringBuilder(header);
        for (int i = 0; i < 3000; i++) { // about 150 KB: records cross the parser's 64 KB buffer
            csv.append(row.formatted(i));
        }
        var rows = ExpenditureCsv.rows(new StringReader(csv.toString()));
        assertThat(rows).hasSize(3000);
        assertThat(rows.get(2999)).isEqualTo(new ExpenditureBatch.RawRow("V2999", "L1", "2021-03-01", "10.00",
                "含,逗号 \"引号\" 与\n换行"));
    }

    @Test
    void bytesThatAreNotUtf8AreA400() {
        byte[] latin1 = "voucherNo,lineCode,paidOn,amount\nV1,L1,2021-03-01,10\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        var reader = new InputStreamReader(new ByteArrayInputStream(latin1),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ExpenditureCsv.rows(reader));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("not UTF-8");
    }
}
