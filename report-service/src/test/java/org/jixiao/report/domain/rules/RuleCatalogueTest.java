package org.jixiao.report.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Rule;
import org.jixiao.report.domain.RuleSettings;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.rules.Triggers.Trigger;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void idsAreUnique() {
        assertThat(RuleCatalogue.ENTRIES).extracting(Rule::id).doesNotHaveDuplicates().hasSize(RuleCatalogue.RULES.size());
    }

    @Test
    void theServedCatalogueDescribesTheRegisteredRulesInOrder() {
        assertThat(RuleCatalogue.ENTRIES).containsExactlyElementsOf(RuleCatalogue.RULES.stream().map(ConsistencyRule::describe).toList());
    }

    @Test
    void everyRuleTheCheckerRunsIsInTheServedCatalogue() {
        Map<String, Severity> served = RuleCatalogue.ENTRIES.stream().collect(Collectors.toMap(Rule::id, Rule::severity));
        ConsistencyChecker checker = new ConsistencyChecker(RuleSettings.defaults());
        List<Finding> findings = new ArrayList<>();
        for (Trigger t : Triggers.BY_RULE.values()) {
            CheckContext ctx = t.context();
            findings.addAll(checker.check(ctx.data(), ctx.narrative()));
        }
        assertThat(findings).allSatisfy(f -> assertThat(served).containsEntry(f.rule(), f.severity()));
        assertThat(findings).extracting(Finding::rule).containsAll(served.keySet());
    }
}
