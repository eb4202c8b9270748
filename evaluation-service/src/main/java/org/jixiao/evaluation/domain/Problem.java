package org.jixiao.evaluation.domain;

/** One reason a request breaks a rule: the field (a path such as "children[0].points") and what is wrong. */
public record Problem(String field, String message) {
}
