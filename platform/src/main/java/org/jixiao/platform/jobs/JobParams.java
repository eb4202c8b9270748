package org.jixiao.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/**
 * A job's parameters, checked and in canonical form: sorted by name, so {@code {"year":2021}} names the same job
 * however the request spelt it. The canonical text ({@link #key()}) is what makes a job unique while unfinished.
 */
public record JobParams(SortedMap<String, Object> values) {
    /** The request member that names the job type; every other member is a parameter. */
    public static final String TYPE = "type";
    private static final ObjectMapper JSON = new ObjectMapper();

    public JobParams {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** The canonical text: members sorted by name, no spaces. */
    public String key() {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job parameters are plain values", e);
        }
    }

    public int intValue(String name) {
        Object value = values.get(name);
        if (!(value instanceof Integer i)) {
            throw new IllegalArgumentException("no whole-number parameter " + name);
        }
        return i;
    }

    /** Reads the parameters of a request body; {@link Reader#done()} refuses (400) what is missing, wrong or unknown. */
    public static Reader read(ObjectNode body) {
        return new Reader(body);
    }

    public static final class Reader {
        private final ObjectNode body;
        private final SortedMap<String, Object> values = new TreeMap<>();
        private final Set<String> known = new TreeSet<>(Set.of(TYPE));
        private final List<FieldError> errors = new ArrayList<>();

        private Reader(ObjectNode body) {
            this.body = body;
        }

        /** A required whole number in [min, max]; a text such as "2021" is refused, not guessed. */
        public Reader requiredInt(String name, int min, int max) {
            known.add(name);
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                errors.add(new FieldError(name, "is required: a whole number from " + min + " to " + max));
            } else if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
                errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
            } else {
                values.put(name, value.intValue());
            }
            return this;
        }

        /** The parameters, or a 400 naming every missing, wrong or unknown member. */
        public JobParams done() {
            for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
                    errors.add(new FieldError(shown, "is not a parameter of this job type (parameters: "
                            + String.join(", ", known.stream().filter(k -> !k.equals(TYPE)).toList()) + ")"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors.size() + " invalid job parameter(s)", errors);
            }
            return new JobParams(values);
        }
    }
}
