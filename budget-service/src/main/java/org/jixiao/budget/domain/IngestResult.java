package org.jixiao.budget.domain;

import java.util.List;

/**
 * What a stored payment batch reports back.
 *
 * @param accepted payments stored by this request
 * @param duplicates payments already stored (replays), not stored again
 * @param overBudgetLines lines now spent above their adjusted budget (accepted and flagged)
 */
public record IngestResult(int accepted, int duplicates, List<String> overBudgetLines) {
}
