package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeProgressTest {
    private static BigDecimal rounded(BigDecimal b) {
        return Percent.round(b);
    }

    @Test
    void linearIsMonthOverTwelveAtMonthEnds() {
        TimeProgress linear = TimeProgress.linear();
        assertThat(rounded(linear.at(2021, LocalDate.of(2021, 1, 31)))).isEqualByComparingTo("8.33");
        assertThat(rounded(linear.at(2021, LocalDate.of(2021, 6, 30)))).isEqualByComparingTo("50.00");
        assertThat(rounded(linear.at(2021, LocalDate.of(2021, 12, 31)))).isEqualByComparingTo("100.00");
    }

    @Test
    void linearIsInterpolatedByDayInsideAMonth() {
        // half of February 2021 (14 of 28 days): (1 + 0.5) / 12
        assertThat(rounded(TimeProgress.linear().at(2021, LocalDate.of(2021, 2, 14)))).isEqualByComparingTo("12.50");
    }

    @Test
    void beforeAndAfterTheYear() {
        assertThat(TimeProgress.linear().at(2021, LocalDate.of(2020, 12, 31))).isEqualByComparingTo("0");
        assertThat(TimeProgress.linear().at(2021, LocalDate.of(2022, 3, 1))).isEqualByComparingTo("100");
    }

    @Test
    void quarterlyTargetsHoldAtQuarterEndsAndInterpolateBetween() {
        TimeProgress q = new TimeProgress(Benchmark.QUARTERLY, List.of(bd(20), bd(45), bd(75), bd(100)), null);
        assertThat(q.atMonthEnd(3)).isEqualByComparingTo("20");
        assertThat(q.atMonthEnd(6)).isEqualByComparingTo("45");
        assertThat(rounded(q.atMonthEnd(4))).isEqualByComparingTo("28.33");
        assertThat(q.atMonthEnd(12)).isEqualByComparingTo("100");
    }

    @Test
    void planUsesTheDepartmentsCumulativePercentages() {
        List<BigDecimal> plan = List.of(bd(5), bd(10), bd(15), bd(20), bd(25), bd(30), bd(40), bd(50), bd(60), bd(70), bd(85), bd(100));
        TimeProgress p = new TimeProgress(Benchmark.PLAN, null, plan);
        assertThat(p.at(2021, LocalDate.of(2021, 7, 31))).isEqualByComparingTo("40");
        assertThat(p.at(2021, LocalDate.of(2021, 12, 31))).isEqualByComparingTo("100");
    }

    @Test
    void incompleteSettingsAreRefused() {
        assertThatThrownBy(() -> new TimeProgress(Benchmark.QUARTERLY, List.of(bd(25)), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeProgress(Benchmark.PLAN, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusBandsAreInclusiveAtTheirLowerEdge() {
        StatusPolicy policy = StatusPolicy.DEFAULT;
        assertThat(policy.statusOf(bd(40), bd(50))).isEqualTo(Status.GREEN);   // exactly 80 %
        assertThat(policy.statusOf(new BigDecimal("39.99"), bd(50))).isEqualTo(Status.YELLOW);
        assertThat(policy.statusOf(bd(30), bd(50))).isEqualTo(Status.YELLOW);  // exactly 60 %
        assertThat(policy.statusOf(new BigDecimal("29.99"), bd(50))).isEqualTo(Status.RED);
        assertThat(policy.statusOf(bd(0), bd(0))).isEqualTo(Status.GREEN);
        assertThat(policy.statusOf(null, bd(50))).isNull();
        assertThat(new StatusPolicy(bd(90), bd(70)).statusOf(bd(40), bd(50))).isEqualTo(Status.YELLOW);
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
