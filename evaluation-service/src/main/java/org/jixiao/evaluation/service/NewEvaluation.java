package org.jixiao.evaluation.service;

import org.jixiao.evaluation.domain.Kind;

/** An evaluation to open: a framework (its latest version when none is given), a department, a year, a kind. */
public record NewEvaluation(String framework, Integer frameworkVersion, String department, int year, Kind kind,
                            String lineCode) {
}
