package org.jixiao.report.domain;

/** A consistency rule as the catalogue describes it (docs/report.md, GET /api/v1/rules); the rules themselves are registered in {@code rules.RuleCatalogue}. */
public record Rule(String id, Severity severity, String title, String description) {
}
