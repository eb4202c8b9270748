package org.jixiao.evaluation.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.repository.ScoreResultRepository;
import org.jixiao.platform.workflow.Timeliness;

/**
 * An evaluation as stored, with its key tasks, its inputs by code, once scored its latest total, and the year's
 * self-evaluation deadline (null: none set) with where the evaluation stands against it.
 */
public record Evaluation(EvaluationEntity entity, List<KeyTask> tasks, Map<String, IndicatorInput> inputs,
                         ScoreResultRepository.Latest latest, List<FrameworkNode> targetIndicators, LocalDate deadline,
                         Timeliness timeliness) {

    public Evaluation withTargetIndicators(List<FrameworkNode> indicators) {
        return new Evaluation(entity, tasks, inputs, latest, indicators, deadline, timeliness);
    }
}
