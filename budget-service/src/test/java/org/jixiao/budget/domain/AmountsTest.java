package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {
    @Test
    void plainDecimalYuanWithAtMostTwoDecimals() {
        assertThat(Amounts.parse("125000.00")).isEqualByComparingTo("125000.00");
        assertThat(Amounts.parse("-1200")).isEqualByComparingTo("-1200");
        assertThat(Amounts.parse("12.500")).isEqualByComparingTo("12.50");
        assertThat(Amounts.problem("12.345")).isEqualTo("must have at most 2 decimals (yuan)");
        assertThat(Amounts.problem("12345678901234567")).isEqualTo("is too large");
    }

    @Test
    void fullWidthDigitsFromOfficeFilesReadAsTheirAsciiForms() {
        assertThat(Amounts.parse("１２３．４５")).isEqualByComparingTo("123.45");
        assertThat(Amounts.parse("－１２００")).isEqualByComparingTo("-1200");
        assertThat(Amounts.problem("１２３．４５")).isNull();
    }

    @Test
    void otherDigitScriptsExponentsAndGroupingAreRefusedNotGuessed() {
        assertThat(Amounts.parse("١٢٣")).isNull();
        assertThat(Amounts.problem("١٢٣")).contains("is not an amount");
        assertThat(Amounts.problem("१२३")).contains("is not an amount");
        assertThat(Amounts.problem("1e100000000")).contains("is not an amount");
        assertThat(Amounts.problem("1,200.00")).contains("is not an amount");
        assertThat(Amounts.problem("¥1200")).contains("is not an amount");
        assertThat(Amounts.problem("x".repeat(10_000))).hasSizeLessThan(200);
    }

    @Test
    void theQuickReadingOfPlainAsciiAgreesWithTheRules() {
        for (String plain : List.of("0", "-0", "+5", "7.5", "-0.05", "00012.30", "9999999999999999.99", "-1200", "1")) {
            assertThat(Amounts.asciiDecimal(plain)).as(plain).isEqualTo(new BigDecimal(plain.replace("+", "")));
        }
        // anything else is left to the full rules, which accept or refuse it with a reason
        for (String other : List.of("", "-", "+", "--1", "1.", ".5", "1.2.3", "1.234", " 12", "12 ", "12.500",
                "10000000000000000", "１２", "1e5", "1,0")) {
            assertThat(Amounts.asciiDecimal(other)).as(other).isNull();
        }
        assertThat(Amounts.parse(" 12 ")).isEqualByComparingTo("12");
        assertThat(Amounts.problem("1.")).contains("is not an amount");
        assertThat(Amounts.problem(".5")).contains("is not an amount");
        assertThat(Amounts.problem("10000000000000000")).isEqualTo("is too large");
    }
}
