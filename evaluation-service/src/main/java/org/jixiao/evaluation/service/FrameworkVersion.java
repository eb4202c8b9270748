package org.jixiao.evaluation.service;

import java.time.OffsetDateTime;
import org.jixiao.evaluation.domain.FrameworkNode;

/** A stored framework version: its tree, its number and when it was created. */
public record FrameworkVersion(FrameworkNode tree, int version, OffsetDateTime createdAt) {
}
