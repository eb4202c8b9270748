package org.jixiao.platform.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The recorded interactions in the repository's {@code contracts/<provider>/} folder: loaded, served by
 * WireMock to a consumer, and compared with a provider's real answers.
 */
public final class Contracts {
    /** Set to re-record the contracts from the provider's real answers (see contracts/README.md). */
    public static final String RECORD_PROPERTY = "jixiao.contracts.record";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Contracts() {
    }

    /** The contracts folder: {@code contracts/} in the working directory or the nearest parent that has one. */
    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("contracts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no contracts/ folder above " + Path.of("").toAbsolutePath());
    }

    /** Every interaction the provider answers, by file name. */
    public static List<Contract> answeredBy(String provider) {
        try (Stream<Path> files = Files.list(folder().resolve(provider))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> read(provider, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The interaction {@code contracts/<provider>/<name>.json}. */
    public static Contract get(String provider, String name) {
        return read(provider, folder().resolve(provider).resolve(name + ".json"));
    }

    /** The interactions of the provider that the consumer sends. */
    public static List<Contract> sentBy(String consumer, String provider) {
        return answeredBy(provider).stream().filter(c -> c.consumers().contains(consumer)).toList();
    }

    /** Stubs the recorded answer for exactly the recorded request (path and every query parameter). */
    public static void stub(WireMockServer server, Contract contract) {
        MappingBuilder mapping = request(contract.request().method(), urlPathEqualTo(contract.request().resolvedPath()));
        if (contract.request().query() != null) {
            for (Map.Entry<String, String> q : contract.request().query().entrySet()) {
                mapping = mapping.withQueryParam(q.getKey(), equalTo(q.getValue()));
            }
        }
        server.stubFor(mapping.willReturn(aResponse().withStatus(contract.response().status())
                .withHeader("Content-Type", "application/json").withBody(contract.response().body().toString())));
    }

    /** The recorded body parsed as T (with the same exact decimals a service's ObjectMapper uses). */
    public static <T> T body(Contract contract, Class<T> type) {
        try {
            return JSON.treeToValue(contract.response().body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the provider's actual answer against the contract, or, with -Djixiao.contracts.record=true,
     * writes the answer into the contract file instead (request, match and ignore unchanged). SHAPE contracts
     * are always checked, never re-recorded.
     *
     * @return the breaches ({@link #breaches}); none when recording
     */
    public static List<String> verifyOrRecord(Contract contract, int status, String actualBody) {
        JsonNode actual = parse(actualBody);
        // a SHAPE answer depends on data beyond the model department (the whole demo city): kept as recorded
        if (!Boolean.getBoolean(RECORD_PROPERTY) || contract.match() == Contract.Match.SHAPE) {
            List<String> out = new ArrayList<>();
            if (status != contract.response().status()) {
                out.add("status " + status + " where " + contract.response().status() + " was recorded");
            }
            out.addAll(breaches(contract, actual));
            return out;
        }
        Path file = folder().resolve(contract.provider()).resolve(contract.name() + ".json");
        try {
            ObjectNode stored = (ObjectNode) JSON.readTree(file.toFile());
            ObjectNode response = stored.putObject("response");
            response.put("status", status);
            response.set("body", actual);
            Files.writeString(file, JSON.writeValueAsString(stored) + "\n");
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the actual answer breaks the recorded one: a recorded member missing, of another JSON type, or
     * (in VALUES mode, outside the ignored paths) of another value; arrays must have the recorded length.
     * Members the provider added are fine. Empty when the provider keeps the contract.
     */
    public static List<String> breaches(Contract contract, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", contract.response().body(), actual, contract, out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, Contract contract, List<String> out) {
        String at = path.isEmpty() ? "(root)" : path;
        if (actual == null || actual.isMissingNode()) {
            out.add(at + ": missing");
            return;
        }
        if (expected.isNull()) {
            return; // a recorded null promises nothing about the type
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            out.add(at + ": " + actual.getNodeType() + " where " + expected.getNodeType() + " was recorded");
            return;
        }
        boolean values = contract.match() == Contract.Match.VALUES && !contract.ignore().contains(path.replaceAll("\\[\\d+]", "[]"));
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                compare(path.isEmpty() ? member.getKey() : path + "." + member.getKey(), member.getValue(),
                        actual.path(member.getKey()), contract, out);
            }
        } else if (expected.isArray()) {
            if (values && expected.size() != actual.size()) {
                out.add(at + ": " + actual.size() + " items where " + expected.size() + " were recorded");
                return;
            }
            int n = values ? expected.size() : Math.min(Math.min(expected.size(), actual.size()), 1);
            for (int i = 0; i < n; i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), contract, out);
            }
        } else if (values && !sameValue(expected, actual)) {
            out.add(at + ": " + actual + " where " + expected + " was recorded");
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static Contract read(String provider, Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            Contract c = JSON.treeToValue(node, Contract.class);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            return new Contract(name, provider, c.consumers(), c.description(), c.request(), c.response(), c.match(), c.ignore());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contract " + file, e);
        }
    }

    /**
     * The members a consumer's record type (and the records and lists of records inside it) reads that the
     * recorded body does not have: each one a reader that would get null from the provider.
     */
    public static List<String> unrecordedMembers(Class<?> recordType, JsonNode body, String path) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : recordType.getRecordComponents()) {
            String at = path + "." + c.getName();
            if (!body.has(c.getName())) {
                out.add(at);
                continue;
            }
            JsonNode value = body.get(c.getName());
            if (c.getType().isRecord() && !value.isNull()) {
                out.addAll(unrecordedMembers(c.getType(), value, at));
            } else if (c.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord() && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    out.addAll(unrecordedMembers(element, value.get(i), at + "[" + i + "]"));
                }
            }
        }
        return out;
    }

    /** "GET /path {name=value, …}" of a request WireMock received (query sorted by name; a repeated parameter fails). */
    public static String requestLine(LoggedRequest request) {
        Map<String, String> query = new TreeMap<>();
        request.getQueryParams().forEach((name, values) -> {
            if (values.values().size() != 1) {
                throw new AssertionError("query parameter " + name + " sent " + values.values().size() + " times");
            }
            query.put(name, values.firstValue());
        });
        return request.getMethod().getName() + " " + request.getUrl().replaceFirst("\\?.*", "") + " " + query;
    }

    /** The same line for a recorded request. */
    public static String requestLine(Contract.Request request) {
        return request.method() + " " + request.resolvedPath() + " "
                + new TreeMap<>(request.query() == null ? Map.of() : request.query());
    }
}
