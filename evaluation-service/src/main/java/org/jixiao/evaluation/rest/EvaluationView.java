package org.jixiao.evaluation.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.service.Evaluation;

/** An evaluation with what has been entered so far and, once scored, its latest total and grade. */
public record EvaluationView(long id, String framework, int frameworkVersion, String department, int year, Kind kind,
                             String lineCode, List<KeyTask> tasks, Map<String, IndicatorInput> inputs,
                             BigDecimal total, String grade, OffsetDateTime scoredAt) {
    static EvaluationView of(Evaluation evaluation) {
        EvaluationEntity e = evaluation.entity();
        boolean scored = evaluation.latest() != null;
        return new EvaluationView(e.id, e.framework.code, e.framework.version, e.department, e.year, e.kind, e.lineCode,
                evaluation.tasks(), evaluation.inputs(), scored ? evaluation.latest().total() : null,
                scored ? evaluation.latest().grade() : null, scored ? evaluation.latest().scoredAt() : null);
    }
}
