package org.jixiao.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class XlsxProblemTest {
    @Test
    void aProblemIsAddressedAsExcelsNameBoxTakesIt() {
        assertThat(XlsxProblem.at("付款明细", 17, "C", "x").reference()).isEqualTo("付款明细!C17");
        assertThat(new XlsxProblem("付款明细", 2, null, "x").reference()).isEqualTo("付款明细!2:2");
        assertThat(new XlsxProblem("付款明细", null, null, "x").reference()).isEqualTo("付款明细");
        assertThat(XlsxProblem.at("付款明细", 17, "C", "金额（元）: is required").toFieldError())
                .isEqualTo(new FieldError(null, "付款明细!C17", "金额（元）: is required"));
    }

    @Test
    void aRejectionIs422ListingAtMostAThousandProblems() {
        List<XlsxProblem> problems = new ArrayList<>();
        for (int row = 2; row < 2 + 1500; row++) {
            problems.add(XlsxProblem.at("付款明细", row, "D", "金额（元）: is required"));
        }
        ProblemException rejected = XlsxProblem.reject(problems);
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.errors()).hasSize(XlsxProblem.MAX_LISTED);
        assertThat(rejected.getMessage()).isEqualTo("1500 problem(s) in the workbook (the first 1000 are listed); "
                + "nothing was stored: 付款明细!D2 金额（元）: is required");
    }
}
