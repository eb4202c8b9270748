package org.jixiao.budget.repository;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.domain.ExpenditureRow;
import org.postgresql.copy.CopyIn;

/**
 * Payments in PostgreSQL's binary COPY format, written to the server in chunks as they are encoded:
 * no text to escape on this side and no dates or numbers to parse on the server's, which for a
 * million payments is most of what COPY costs besides the rows themselves.
 */
final class PaymentCopy {
    static final String SQL = "COPY expenditure (department_id, fiscal_year, voucher_no, line_id, paid_on, amount, "
            + "description) FROM STDIN (FORMAT binary)";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int CHUNK = 64 * 1024;
    private static final int FIELDS = 7;
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int NUMERIC_NEGATIVE = 0x4000;
    /** Descriptions repeat (差旅费, 办公费…): each distinct one is encoded once per batch, up to this many. */
    private static final int TEXT_CACHE = 1024;

    private final CopyIn copy;
    private final byte[] buffer = new byte[CHUNK + 1024];
    private final Map<String, byte[]> encoded = new HashMap<>();
    private int length;

    private PaymentCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Sends the rows through an open COPY (see {@link #SQL}) and ends it; the caller cancels it on failure. */
    static void write(CopyIn copy, long departmentId, int year, List<ExpenditureRow> rows, Map<String, Long> lineIds)
            throws SQLException {
        PaymentCopy out = new PaymentCopy(copy);
        out.bytes(SIGNATURE);
        out.int32(0); // flags
        out.int32(0); // header extension
        for (ExpenditureRow row : rows) {
            out.int16(FIELDS);
            out.int64Field(departmentId);
            out.int32Field(year);
            out.textField(row.voucherNo().getBytes(StandardCharsets.UTF_8)); // unique per row: nothing to reuse
            out.int64Field(lineIds.get(row.lineCode()));
            out.int32(4);
            out.int32((int) (row.paidOn().toEpochDay() - PG_EPOCH_DAY));
            out.numericField(row.amount());
            out.descriptionField(row.description());
            if (out.length >= CHUNK) {
                out.flush();
            }
        }
        out.int16(-1); // trailer
        out.flush();
        copy.endCopy();
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer, 0, length);
        length = 0;
    }

    private void int64Field(long value) {
        int32(8);
        int32((int) (value >>> 32));
        int32((int) value);
    }

    private void int32Field(int value) {
        int32(4);
        int32(value);
    }

    private void descriptionField(String value) throws SQLException {
        if (value == null) {
            int32(-1);
            return;
        }
        byte[] utf8 = encoded.get(value);
        if (utf8 == null) {
            utf8 = value.getBytes(StandardCharsets.UTF_8);
            if (encoded.size() < TEXT_CACHE) {
                encoded.put(value, utf8);
            }
        }
        textField(utf8);
    }

    private void textField(byte[] utf8) throws SQLException {
        int32(utf8.length);
        bytes(utf8);
    }

    /**
     * NUMERIC on the wire: base-10000 digits after the count, the weight of the first digit, the sign
     * and the display scale. Amounts carry 2 decimals, so the fraction is a single digit (cents × 100).
     */
    private void numericField(BigDecimal amount) {
        long cents = amount.setScale(2).unscaledValue().longValueExact();
        long absolute = Math.abs(cents);
        long integer = absolute / 100;
        int fraction = (int) (absolute % 100) * 100;
        short[] digits = new short[6];
        int count = 0;
        for (long rest = integer; rest > 0; rest /= 10_000) {
            count++;
        }
        int weight = count - 1;
        for (int k = count - 1; k >= 0; k--) {
            digits[k] = (short) (integer % 10_000);
            integer /= 10_000;
        }
        if (fraction != 0) {
            digits[count++] = (short) fraction;
        }
        if (count == 0) {
            weight = 0; // zero has no digits
        }
        while (count > 0 && digits[count - 1] == 0) {
            count--; // trailing zero digits are implied
        }
        int32(8 + 2 * count);
        int16(count);
        int16(weight);
        int16(cents < 0 ? NUMERIC_NEGATIVE : 0);
        int16(2);
        for (int k = 0; k < count; k++) {
            int16(digits[k]);
        }
    }

    private void int32(int value) {
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void int16(int value) {
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    /** Keeps length at most CHUNK after any text, so the fixed-size fields between texts always fit. */
    private void bytes(byte[] value) throws SQLException {
        if (length + value.length > CHUNK) {
            flush();
        }
        if (value.length > CHUNK) {
            copy.writeToCopy(value, 0, value.length);
            return;
        }
        System.arraycopy(value, 0, buffer, length, value.length);
        length += value.length;
    }
}
