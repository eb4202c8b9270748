package org.jixiao.budget.rest;

import java.util.List;

/**
 * @param accepted payments stored by this request
 * @param duplicates payments already stored (replays), not stored again
 * @param overBudgetLines lines now spent above their adjusted budget (accepted and flagged)
 */
public record IngestResult(int accepted, int duplicates, List<String> overBudgetLines) {
}
