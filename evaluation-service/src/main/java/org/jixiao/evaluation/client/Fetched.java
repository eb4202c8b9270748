package org.jixiao.evaluation.client;

import com.fasterxml.jackson.databind.JsonNode;

/** A peer's answer read into a record, with the JSON as fetched (stored as evidence). */
public record Fetched<T>(T value, JsonNode raw) {
}
