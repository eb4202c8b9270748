package org.jixiao.evaluation.domain;

/** A plausibility warning on a result; it never changes the score. */
public record Warning(String code, String message, String node) {
}
