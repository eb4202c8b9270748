package org.jixiao.evaluation.service;

import org.jixiao.evaluation.domain.Kind;

/**
 * An evaluation to open: a framework (its latest version when none is given), a department, a year, a kind; for a
 * project, its budget line (lineCode, the fixed PROJECT framework) or its project key (projectKey, from approved targets).
 */
public record NewEvaluation(String framework, Integer frameworkVersion, String department, int year, Kind kind,
                            String lineCode, String projectKey) {

    public NewEvaluation(String framework, Integer frameworkVersion, String department, int year, Kind kind,
                         String lineCode) {
        this(framework, frameworkVersion, department, year, kind, lineCode, null);
    }
}
