package org.jixiao.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * JSON is read strictly, so a careless or hostile body is a 400 naming the field, never a silent guess
 * or a 500: trailing tokens after the body, a key given twice, a number where an enum, a string or a
 * boolean is due, a float where an integer is due, a date-time or a number where a date is due, text
 * with control characters or lone surrogates, and decimals beyond {@value #MAX_INTEGER_DIGITS} integer
 * digits or {@value #MAX_SCALE} decimals (so "1e100000000" never reaches arithmetic) are refused.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** NUMERIC(18,2) holds 16 integer digits; every amount, points and target fits in 15. */
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_SCALE = 10;
    public static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(100).build());
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Enum, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        SimpleModule strict = new SimpleModule("jixiao-strict");
        strict.addDeserializer(String.class, new Text());
        strict.addDeserializer(BigDecimal.class, new Decimal());
        mapper.registerModule(strict);
    }

    /** Text as usual, refused when it carries control characters or lone surrogates. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = value == null ? null : StrictText.problem(value);
            if (problem != null) {
                throw new RefusedInputException(p, problem, String.class);
            }
            return value;
        }
    }

    /** A decimal from a JSON number only, bounded before any arithmetic sees it. */
    static final class Decimal extends StdScalarDeserializer<BigDecimal> {
        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal value = p.getDecimalValue();
            String problem = bounds(value);
            if (problem != null) {
                throw new RefusedInputException(p, problem, BigDecimal.class);
            }
            return value;
        }
    }

    /** Why the decimal is out of bounds, or null. */
    public static String bounds(BigDecimal value) {
        if (value.scale() > MAX_SCALE) {
            return "must have at most " + MAX_SCALE + " decimals";
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return "must have at most " + MAX_INTEGER_DIGITS + " integer digits";
        }
        return null;
    }
}
