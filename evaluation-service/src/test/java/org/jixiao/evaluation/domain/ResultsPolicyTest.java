package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsPolicyTest {
    /** The shipped policy (application.properties): 优 优先保障, 良 保障, 中 核减10%, 差 核减30% (a project: 取消). */
    private static final ResultsPolicy SHIPPED = new ResultsPolicy(Map.of(
            "excellent", new ResultsPolicy.Rule(BudgetAction.PRIORITY, null),
            "good", new ResultsPolicy.Rule(BudgetAction.KEEP, null),
            "fair", new ResultsPolicy.Rule(BudgetAction.CUT, new BigDecimal("10")),
            "poor", new ResultsPolicy.Rule(BudgetAction.CUT, new BigDecimal("30"), BudgetAction.CANCEL, null)));

    private static ResultsPolicy.Advice department(ResultsPolicy policy, String grade) {
        return policy.advise(grade, EvaluationSubject.DEPARTMENT);
    }

    @Test
    void eachGradeOfADepartmentHasItsActionCutAndWording() {
        assertThat(department(SHIPPED, "EXCELLENT")).isEqualTo(new ResultsPolicy.Advice(BudgetAction.PRIORITY, null, "优先保障"));
        assertThat(department(SHIPPED, "GOOD")).isEqualTo(new ResultsPolicy.Advice(BudgetAction.KEEP, BigDecimal.ZERO, "保障"));
        assertThat(department(SHIPPED, "FAIR")).isEqualTo(new ResultsPolicy.Advice(BudgetAction.CUT, BigDecimal.TEN, "核减10%"));
        assertThat(department(SHIPPED, "POOR")).isEqualTo(new ResultsPolicy.Advice(BudgetAction.CUT, new BigDecimal("30"), "核减30%"));
    }

    @Test
    void aPoorProjectIsCancelledWhileOtherGradesOfAProjectFollowTheDepartmentRule() {
        assertThat(SHIPPED.advise("POOR", EvaluationSubject.PROJECT))
                .isEqualTo(new ResultsPolicy.Advice(BudgetAction.CANCEL, BigDecimal.valueOf(100), "取消"));
        assertThat(SHIPPED.advise("FAIR", EvaluationSubject.PROJECT).wording()).isEqualTo("核减10%");
        assertThat(SHIPPED.advise("EXCELLENT", EvaluationSubject.PROJECT).action()).isEqualTo(BudgetAction.PRIORITY);
    }

    @Test
    void aScoreStatesTheSameAdviceBudgetPreparationImports() {
        assertThat(department(SHIPPED, "EXCELLENT").statement()).isEqualTo("优先保障：下年度预算优先安排");
        assertThat(department(SHIPPED, "GOOD").statement()).isEqualTo("保障：下年度预算原则上维持本年度规模");
        assertThat(department(SHIPPED, "FAIR").statement()).isEqualTo("核减10%：下年度预算在本年度基础上核减10%");
        assertThat(department(SHIPPED, "POOR").statement()).isEqualTo("核减30%：下年度预算在本年度基础上核减30%");
        assertThat(SHIPPED.advise("POOR", EvaluationSubject.PROJECT).statement()).isEqualTo("取消：下年度原则上不再安排");
    }

    @Test
    void configurationChangesTheAdvice() {
        ResultsPolicy stricter = new ResultsPolicy(Map.of(
                "EXCELLENT", new ResultsPolicy.Rule(BudgetAction.KEEP, null),
                "GOOD", new ResultsPolicy.Rule(BudgetAction.CUT, new BigDecimal("5")),
                "FAIR", new ResultsPolicy.Rule(BudgetAction.CUT, new BigDecimal("12.5")),
                "POOR", new ResultsPolicy.Rule(BudgetAction.CANCEL, null)));
        assertThat(department(stricter, "EXCELLENT").wording()).isEqualTo("保障");
        assertThat(department(stricter, "GOOD").wording()).isEqualTo("核减5%");
        assertThat(department(stricter, "FAIR").cutPercent()).isEqualByComparingTo("12.5");
        assertThat(department(stricter, "FAIR").wording()).isEqualTo("核减12.5%");
        assertThat(department(stricter, "POOR")).isEqualTo(new ResultsPolicy.Advice(BudgetAction.CANCEL, BigDecimal.valueOf(100), "取消"));
    }

    @Test
    void gradeCodesAreMatchedWhateverTheirCaseAndAGradeWithoutARuleIsNamed() {
        assertThat(department(SHIPPED, "fair").wording()).isEqualTo("核减10%");
        assertThat(department(SHIPPED, "OUTSTANDING")).isNull();
        assertThat(SHIPPED.missing(List.of("EXCELLENT", "GOOD", "FAIR", "POOR", "OUTSTANDING"))).containsExactly("OUTSTANDING");
    }

    @Test
    void aCutNeedsAPercentAboveZeroAndBelowAHundred() {
        assertThatThrownBy(() -> new ResultsPolicy(Map.of("FAIR", new ResultsPolicy.Rule(BudgetAction.CUT, null))))
                .hasMessageContaining("FAIR: CUT needs a cut percent");
        assertThatThrownBy(() -> new ResultsPolicy(Map.of("FAIR", new ResultsPolicy.Rule(BudgetAction.CUT, BigDecimal.valueOf(100)))))
                .hasMessageContaining("below 100");
        assertThatThrownBy(() -> new ResultsPolicy(Map.of("POOR", new ResultsPolicy.Rule(BudgetAction.KEEP, null,
                BudgetAction.CUT, BigDecimal.ZERO)))).hasMessageContaining("POOR (project)");
        assertThatThrownBy(() -> new ResultsPolicy(Map.of("POOR", new ResultsPolicy.Rule(null, null))))
                .hasMessageContaining("an action is required");
    }
}
