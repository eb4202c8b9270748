package org.jixiao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void amountsPrintIn万元WithTwoDecimalsHalfUp() {
        assertThat(Fmt.wanText(new BigDecimal("36643500.00"))).isEqualTo("3664.35");
        assertThat(Fmt.wanText(new BigDecimal("27603775.00"))).isEqualTo("2760.38");
        assertThat(Fmt.wanText(new BigDecimal("9010750.00"))).isEqualTo("901.08");
        assertThat(Fmt.wanText(new BigDecimal("38314525"))).isEqualTo("3831.45");
        assertThat(Fmt.wanText(new BigDecimal("49.99"))).isEqualTo("0.00");
        assertThat(Fmt.wanText(new BigDecimal("50.00"))).isEqualTo("0.01");
    }

    @Test
    void ratesComeFromUnroundedAmounts() {
        assertThat(Fmt.rate(new BigDecimal("36614525.00"), new BigDecimal("36643500.00"))).isEqualByComparingTo("99.92");
        assertThat(Fmt.rate(new BigDecimal("27603775.00"), new BigDecimal("27628200.00"))).isEqualByComparingTo("99.91");
        assertThat(Fmt.rate(new BigDecimal("9010750.00"), new BigDecimal("9015300.00"))).isEqualByComparingTo("99.95");
        assertThat(Fmt.rate(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Fmt.percentText(new BigDecimal("99.915"))).isEqualTo("99.92%");
        assertThat(Fmt.percentText(new BigDecimal("100"))).isEqualTo("100.00%");
    }

    @Test
    void scoresDropDecimalsOnlyWhenWhole() {
        assertThat(Fmt.scoreText(new BigDecimal("93.16"))).isEqualTo("93.16");
        assertThat(Fmt.scoreText(new BigDecimal("50.00"))).isEqualTo("50");
        assertThat(Fmt.scoreText(new BigDecimal("43.1"))).isEqualTo("43.10");
    }
}
