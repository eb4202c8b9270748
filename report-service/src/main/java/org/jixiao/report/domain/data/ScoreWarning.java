package org.jixiao.report.domain.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A warning evaluation-service put on a result (its code, message and the node or line it concerns). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoreWarning(String code, String message, String node) {
}
