package org.jixiao.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What is wrong with one field of a request: the field (a path such as {@code children[0].points}, a
 * query parameter, or a rule ID) and the reason. Rows of a batch also carry their index (from 0, as sent).
 * A plain value: domain code may return it from validation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer index, String field, String message) {
    public FieldError(String field, String message) {
        this(null, field, message);
    }
}
