package org.jixiao.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value the strict policy refuses (a control character, an unbounded number…): a 400 naming the field. */
public class RefusedInputException extends MismatchedInputException {
    public RefusedInputException(JsonParser parser, String message, Class<?> target) {
        super(parser, message, target);
    }
}
