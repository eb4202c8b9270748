package org.jixiao.evaluation.config;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jixiao.evaluation.domain.BudgetAction;
import org.jixiao.evaluation.domain.ResultsPolicy;

/**
 * The results-application policy (结果应用), keyed by the grade codes of {@code jixiao.evaluation.grades}:
 * {@code jixiao.results.policy.fair.action=CUT}, {@code …fair.cut-percent=10},
 * {@code …poor.project-action=CANCEL}.
 */
@ConfigMapping(prefix = "jixiao.results")
public interface ResultsConfig {
    Map<String, Rule> policy();

    interface Rule {
        BudgetAction action();

        Optional<BigDecimal> cutPercent();

        Optional<BudgetAction> projectAction();

        Optional<BigDecimal> projectCutPercent();
    }

    default ResultsPolicy resultsPolicy() {
        Map<String, ResultsPolicy.Rule> rules = new TreeMap<>();
        policy().forEach((code, r) -> rules.put(code, new ResultsPolicy.Rule(r.action(), r.cutPercent().orElse(null),
                r.projectAction().orElse(null), r.projectCutPercent().orElse(null))));
        return new ResultsPolicy(rules);
    }
}
