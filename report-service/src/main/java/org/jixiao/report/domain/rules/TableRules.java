package org.jixiao.report.domain.rules;

import org.jixiao.report.domain.tables.ProjectTable;

/** What the project table rules share: the section their findings name and where a table's figures come from. */
final class TableRules {
    /** Findings on the tables concern the appendix (附件). */
    static final String SECTION = "appendix";

    private TableRules() {
    }

    static String source(ProjectTable t) {
        return "evaluation-service project self-evaluation " + t.projectKey() + " (项目支出绩效自评表)";
    }
}
