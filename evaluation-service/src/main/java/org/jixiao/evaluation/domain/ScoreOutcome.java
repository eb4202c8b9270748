package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/** What the engine produces: the total (sum of the roots), the scored tree, the task table and warnings. */
public record ScoreOutcome(BigDecimal total, List<NodeScore> nodes, List<ScoredTask> tasks, List<Warning> warnings) {
}
