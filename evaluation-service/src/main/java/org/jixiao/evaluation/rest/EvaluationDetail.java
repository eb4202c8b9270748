package org.jixiao.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One evaluation as GET /evaluations/{id} shows it: the evaluation, and the rectification items (整改) of its
 * department found the year before, so this year's evaluators see what was to be put right and whether it was.
 */
@Schema(name = "EvaluationDetail")
public record EvaluationDetail(@JsonUnwrapped EvaluationView evaluation,
                               @Schema(description = "The department's rectification items of the previous year, counted by status")
                               RectificationView.OfYear previousYearRectifications) {
}
