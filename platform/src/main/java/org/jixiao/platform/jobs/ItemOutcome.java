package org.jixiao.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What became of one item: DONE, or FAILED with the reason people read (the problem+json title and detail of the
 * answer, or the connection error).
 */
public record ItemOutcome(ItemStatus status, Integer httpStatus, String reason) {
    static final int MAX_REASON = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public ItemOutcome {
        if (status != ItemStatus.DONE && status != ItemStatus.FAILED) {
            throw new IllegalArgumentException("an outcome is DONE or FAILED, not " + status);
        }
        reason = clip(reason);
    }

    public static ItemOutcome done(int httpStatus) {
        return new ItemOutcome(ItemStatus.DONE, httpStatus, null);
    }

    public static ItemOutcome failed(Integer httpStatus, String reason) {
        return new ItemOutcome(ItemStatus.FAILED, httpStatus, reason);
    }

    /** A 2xx is DONE; anything else FAILED, with the problem's "title: detail" (or the status alone). */
    public static ItemOutcome of(int httpStatus, String body) {
        if (httpStatus >= 200 && httpStatus < 300) {
            return done(httpStatus);
        }
        JsonNode problem = parse(body);
        String title = text(problem, "title");
        String detail = text(problem, "detail");
        String reason = title == null && detail == null ? "HTTP " + httpStatus
                : title == null ? detail : detail == null ? title : title + ": " + detail;
        return failed(httpStatus, reason);
    }

    /** The body as JSON, or null when it is none (an empty or non-JSON answer). */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node == null ? null : node.get(member);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
