package org.jixiao.report.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.Rule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered rule speaks on its trigger, only with its own id and severity, and is silent on the model report. */
class ConsistencyRuleTest {

    static Stream<Named<ConsistencyRule>> rules() {
        return RuleCatalogue.RULES.stream().map(r -> Named.of(r.describe().id(), r));
    }

    @Test
    void everyRegisteredRuleHasATrigger() {
        assertThat(Triggers.BY_RULE.keySet()).containsExactlyInAnyOrderElementsOf(RuleCatalogue.ENTRIES.stream().map(Rule::id).toList());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void speaksOnItsTrigger(ConsistencyRule rule) {
        Rule r = rule.describe();
        List<Finding> findings = Triggers.BY_RULE.get(r.id()).check(rule);
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(r.id());
            assertThat(f.severity()).isEqualTo(r.severity());
            assertThat(f.message()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("rules")
    void isSilentOnTheModelReport(ConsistencyRule rule) {
        assertThat(Triggers.MODEL_REPORT.check(rule)).isEmpty();
    }
}
