package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
}
