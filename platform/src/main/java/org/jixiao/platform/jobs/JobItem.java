package org.jixiao.platform.jobs;

/**
 * One unit of a job: a request the service sends to itself with the starter's token, so the item is authorised,
 * validated and audited exactly as if the starter had sent it.
 *
 * @param key    stable across re-plans (e.g. {@code evaluation-42}): an item is never planned twice
 * @param label  for people: what the item is about (department, year, title)
 * @param method HTTP method, e.g. POST
 * @param path   path and query on this service, e.g. {@code /api/v1/evaluations/42/score}
 */
public record JobItem(String key, String label, String method, String path) {
}
