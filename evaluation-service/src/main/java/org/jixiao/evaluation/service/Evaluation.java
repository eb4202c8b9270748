package org.jixiao.evaluation.service;

import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.repository.ScoreResultRepository;

/** An evaluation as stored, with its key tasks, its inputs by code and, once scored, its latest total. */
public record Evaluation(EvaluationEntity entity, List<KeyTask> tasks, Map<String, IndicatorInput> inputs,
                         ScoreResultRepository.Latest latest, List<FrameworkNode> targetIndicators) {

    public Evaluation(EvaluationEntity entity, List<KeyTask> tasks, Map<String, IndicatorInput> inputs,
                      ScoreResultRepository.Latest latest) {
        this(entity, tasks, inputs, latest, List.of());
    }
}
