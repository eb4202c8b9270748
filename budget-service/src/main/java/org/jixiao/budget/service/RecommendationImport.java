package org.jixiao.budget.service;

/**
 * What an import of the results-application table did.
 *
 * @param rows        rows in the file
 * @param departments of them, departments as a whole
 * @param projects    of them, projects
 * @param changed     false when the year already held exactly this set (a replayed import changes nothing)
 * @param replaced    rows of the year's earlier set removed
 */
public record RecommendationImport(int rows, int departments, int projects, boolean changed, int replaced) {
}
