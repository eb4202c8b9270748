package org.jixiao.budget.service;

import java.util.List;

/**
 * What an import of budget lines did.
 *
 * @param created   lines added by this request
 * @param unchanged lines that already existed with the same data (a replayed import), left as they are
 * @param createdLineCodes the codes of the lines added
 */
public record LineImport(int created, int unchanged, List<String> createdLineCodes) {
}
