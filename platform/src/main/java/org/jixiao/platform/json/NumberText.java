package org.jixiao.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * A number kept as the text the client sent (a JSON number, or a string holding one), for fields that a
 * domain rule validates as text the same way for JSON and CSV rows (payment amounts). Any other JSON
 * value is refused here.
 */
public class NumberText extends StdScalarDeserializer<String> {
    public NumberText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            String problem = StrictText.problem(text);
            if (problem != null) {
                throw new RefusedInputException(p, problem, String.class);
            }
            return text;
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
