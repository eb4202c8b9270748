package org.jixiao.evaluation.service;

import java.time.LocalDate;
import org.jixiao.evaluation.domain.RectificationSource;

/**
 * A rectification item to open: the department and year the problem was found in, where (an evaluation and its
 * node, or a report version's finding, or neither for a problem raised in a review), the problem and what to do.
 */
public record NewRectification(String department, int year, RectificationSource source, Long evaluationId, String nodeCode,
                               Long reportId, Integer reportVersion, String ruleId, String problem, String measure, String owner,
                               LocalDate deadline) {
}
