package org.jixiao.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionCalculatorTest {
    private final ExecutionCalculator calculator = new ExecutionCalculator(StatusPolicy.DEFAULT);

    private static LineBudget line(long id, Category category, FundingSource source, String initial,
                                   LineBudget.Adjustment... adjustments) {
        return new LineBudget(id, "L" + id, "line " + id, category, source, new BigDecimal(initial), List.of(adjustments));
    }

    private static BigDecimal[] months(String... amounts) {
        BigDecimal[] m = new BigDecimal[12];
        for (int i = 0; i < amounts.length; i++) {
            m[i] = new BigDecimal(amounts[i]);
        }
        return m;
    }

    @Test
    void modelTotalsAreComputedFromUnroundedAmounts() {
        List<LineBudget> lines = List.of(
                line(1, Category.BASIC, FundingSource.MUNICIPAL, "27628200.00"),
                line(2, Category.PROJECT, FundingSource.MUNICIPAL, "9015300.00"),
                line(3, Category.BASIC, FundingSource.OTHER, "1700000.00"));
        Map<Long, BigDecimal[]> spent = Map.of(1L, months("27603775.00"), 2L, months("9010000.00", "750.00"),
                3L, months("1700000.00"));
        Execution municipal = calculator.calculate("D", "d", 2021, LocalDate.of(2021, 12, 31), Scope.MUNICIPAL,
                TimeProgress.linear(), lines, spent, null);
        assertThat(municipal.total().rate()).isEqualByComparingTo("99.92");
        assertThat(municipal.basic().rate()).isEqualByComparingTo("99.91");
        assertThat(municipal.project().rate()).isEqualByComparingTo("99.95");
        assertThat(municipal.total().spent()).isEqualByComparingTo("36614525.00");
        assertThat(municipal.lines()).hasSize(2);
        Execution all = calculator.calculate("D", "d", 2021, LocalDate.of(2021, 12, 31), Scope.ALL,
                TimeProgress.linear(), lines, spent, null);
        assertThat(all.total().adjustedBudget()).isEqualByComparingTo("38343500.00");
        assertThat(all.total().rate()).isEqualByComparingTo("99.92");
        assertThat(all.bySource()).extracting(SourceExecution::fundingSource)
                .containsExactly(FundingSource.MUNICIPAL, FundingSource.OTHER);
    }

    @Test
    void adjustmentsApplyFromTheirEffectiveDateAndMonthlyProgressUsesTheBudgetOfThatMonth() {
        LineBudget l = line(1, Category.PROJECT, FundingSource.MUNICIPAL, "1000.00",
                new LineBudget.Adjustment(new BigDecimal("1000.00"), LocalDate.of(2021, 7, 1), "追加", "X"));
        Execution e = calculator.calculate("D", "d", 2021, LocalDate.of(2021, 12, 31), Scope.MUNICIPAL,
                TimeProgress.linear(), List.of(l),
                Map.of(1L, months("100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100")), null);
        assertThat(e.total().adjustedBudget()).isEqualByComparingTo("2000.00");
        assertThat(e.total().initialBudget()).isEqualByComparingTo("1000.00");
        assertThat(e.monthly().get(5).progress()).isEqualByComparingTo("60.00");  // 600 of 1000 in June
        assertThat(e.monthly().get(6).progress()).isEqualByComparingTo("35.00");  // 700 of 2000 in July
        assertThat(e.monthly().get(11).cumulativeSpent()).isEqualByComparingTo("1200");
        assertThat(e.monthly().get(11).status()).isEqualTo(Status.YELLOW);        // exactly 60 % of time progress
    }

    @Test
    void aZeroBudgetHasNoRateAndSpendingAboveBudgetIsFlagged() {
        List<LineBudget> lines = List.of(line(1, Category.PROJECT, FundingSource.MUNICIPAL, "0.00"),
                line(2, Category.BASIC, FundingSource.MUNICIPAL, "100.00"));
        Execution e = calculator.calculate("D", "d", 2021, LocalDate.of(2021, 12, 31), Scope.MUNICIPAL,
                TimeProgress.linear(), lines, Map.of(2L, months("150.00")), null);
        assertThat(e.project().rate()).isNull();
        assertThat(e.project().rateNote()).contains("zero budget");
        assertThat(e.basic().rate()).isEqualByComparingTo("150.00");
        assertThat(e.basic().overBudget()).isTrue();
        assertThat(e.lines().get(1).overBudget()).isTrue();
    }

    @Test
    void monthlyStopsAtAsOf() {
        Execution e = calculator.calculate("D", "d", 2021, LocalDate.of(2021, 3, 15), Scope.MUNICIPAL,
                TimeProgress.linear(), List.of(line(1, Category.BASIC, FundingSource.MUNICIPAL, "1200.00")),
                Map.of(1L, months("100", "100", "50")), null);
        assertThat(e.monthly()).hasSize(3);
        assertThat(e.timeProgress()).isEqualByComparingTo("20.70"); // (2 + 15/31) / 12
        assertThat(e.progress()).isEqualByComparingTo("20.83");
        assertThat(e.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void rankingOrdersByExactProgressThenCode() {
        CityRanking ranking = new CityRanking(StatusPolicy.DEFAULT);
        List<CityRanking.Line> lines = List.of(
                new CityRanking.Line("B", "b", "L", "l", Category.BASIC, FundingSource.MUNICIPAL, bd("3"), bd("3"), bd("2")),
                new CityRanking.Line("A", "a", "L", "l", Category.BASIC, FundingSource.MUNICIPAL, bd("300000"), bd("300000"), bd("200001")),
                new CityRanking.Line("C", "c", "L", "l", Category.BASIC, FundingSource.MUNICIPAL, bd("3"), bd("3"), bd("2")),
                new CityRanking.Line("Z", "z", "L", "l", Category.BASIC, FundingSource.MUNICIPAL, bd("0"), bd("0"), bd("0")));
        List<Ranking.Entry> entries = ranking.rank(lines, code -> bd("100"));
        // A (66.667 %) ahead of B and C (66.666 %) though all print 66.67; equal B, C by code; zero budget last
        assertThat(entries).extracting(Ranking.Entry::department).containsExactly("A", "B", "C", "Z");
        assertThat(entries).extracting(Ranking.Entry::rank).containsExactly(1, 2, 3, 4);
        assertThat(entries.get(0).progress()).isEqualByComparingTo("66.67");
    }

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }
}
