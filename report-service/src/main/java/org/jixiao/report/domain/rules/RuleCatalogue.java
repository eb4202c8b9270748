package org.jixiao.report.domain.rules;

import java.util.List;
import org.jixiao.report.domain.Rule;

/** The registered rules: the checker runs them in this order, and GET /api/v1/rules serves their descriptions. */
public final class RuleCatalogue {

    public static final List<ConsistencyRule> RULES = List.of(
            new SumCategoriesRule(),
            new SumSourcesRule(),
            new SumLinesRule(),
            new RateDerivedRule(),
            new ScoreTotalRule(),
            new GradeBandRule(),
            new TaskPointsRule(),
            // ahead of NarrativeContradictionRule: ConsistencyCheckerTest pins unbound warnings before a contradiction
            new UnboundFigureRule(),
            new NarrativeContradictionRule(),
            new TaskOutcomeRule(),
            new PlaceholderUnresolvedRule(),
            new LowExecutionRule(),
            new LineLowExecutionRule(),
            new OverBudgetRule(),
            new NoSpendingRule(),
            new AdjustmentReasonRule(),
            new StaleEvaluationRule(),
            new EvaluationSnapshotRule(),
            new EvaluationSubjectRule(),
            new RankMissingRule(),
            new UnexplainedShortfallRule(),
            new ProjectTableRateRule(),
            new ProjectTableSourcesRule(),
            new ProjectTableScoreRule(),
            new ProjectTableOutcomeRule());

    public static final List<Rule> ENTRIES = RULES.stream().map(ConsistencyRule::describe).toList();

    private RuleCatalogue() {
    }
}
