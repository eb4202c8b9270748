package org.jixiao.platform.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A job as GET /api/v1/jobs/{id} shows it: its progress (total = done + failed + remaining) and every failed item
 * with its reason. Lists leave the failures out ({@code failures} absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(long id, String type, Map<String, Object> params, JobStatus status, long total, long done,
                      long failed, long remaining, List<Failure> failures, String startedBy, OffsetDateTime createdAt,
                      OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    /** A FAILED item: its key, its label, the answer's HTTP status (absent for a connection error) and the reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(String item, String label, ItemStatus status, Integer httpStatus, String reason) {
    }
}
