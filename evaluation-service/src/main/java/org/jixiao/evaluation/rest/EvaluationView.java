package org.jixiao.evaluation.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.domain.Kind;

/** An evaluation with what has been entered so far and, once scored, its latest total and grade. */
public record EvaluationView(long id, String framework, int frameworkVersion, String department, int year, Kind kind,
                             String lineCode, List<KeyTask> tasks, Map<String, IndicatorInput> inputs,
                             BigDecimal total, String grade, OffsetDateTime scoredAt) {
}
