package org.jixiao.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Sends generated bad requests to every operation of a running service, read from its OpenAPI document:
 * wrong types, missing required members, control characters, overlong text, huge and tiny numbers and
 * exponents, malformed, duplicated-key, trailing-garbage and deeply nested JSON, wrong content types,
 * bad dates, and path parameters with %00 and ../. A case breaks the promise when the answer is a 5xx,
 * a 4xx that is not application/problem+json, or a refused write that changed the service's data (the
 * fingerprint before and after differ). Reproducible: the cases follow from the seed.
 */
public final class OpenApiFuzzer {
    /** Overrides the seed: {@code -Djixiao.fuzz.seed=…}. */
    public static final String SEED_PROPERTY = "jixiao.fuzz.seed";
    public static final long DEFAULT_SEED = 20261130L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    /** One request sent and what came back. */
    public record Case(String method, String uri, String contentType, String body, String why) {
        @Override
        public String toString() {
            String shown = body == null ? "" : " body=" + (body.length() > 120 ? body.substring(0, 120) + "…" : body);
            return method.toUpperCase() + " " + (uri.length() > 160 ? uri.substring(0, 160) + "…" : uri) + " [" + why + "]"
                    + (contentType == null ? "" : " " + contentType) + shown;
        }
    }

    /** The outcome of a run: how many cases were sent, and every broken promise. */
    public record Report(long seed, int cases, Map<String, Integer> byStatus, List<String> violations) {
    }

    private final URI base;
    private final Map<String, String> samples;
    private final Supplier<String> fingerprint;
    private final Map<String, String> headers;
    private final Random random;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private JsonNode components;

    /**
     * @param base the service's base URL
     * @param samples valid values for path parameters by name (code → GZ-XFJ, year → 2021, id → 1…), so that
     *                body cases reach the resource instead of a 404
     * @param fingerprint the service's data, as a text that changes when anything stored changes
     * @param headers sent with every request; without an Authorization header, a finance token is sent (the
     *                cases must reach the resources, not stop at 401)
     */
    public OpenApiFuzzer(URI base, Map<String, String> samples, Supplier<String> fingerprint, Map<String, String> headers) {
        this.base = base;
        this.samples = samples;
        this.fingerprint = fingerprint;
        this.headers = new LinkedHashMap<>(headers);
        this.headers.putIfAbsent("Authorization", TestTokens.bearer(TestTokens.finance()));
        this.seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
        this.random = new Random(seed);
    }

    public Report run() throws IOException, InterruptedException {
        System.out.println("[fuzz] " + base + " seed=" + seed + " (-D" + SEED_PROPERTY + "=" + seed + " to repeat)");
        JsonNode document = JSON.readTree(send(new Case("get", "/q/openapi?format=json", null, null, "document")).body());
        components = document.path("components").path("schemas");
        List<String> violations = new ArrayList<>();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                for (Case c : cases(path.getKey(), op.getKey(), op.getValue())) {
                    boolean write = WRITES.contains(c.method());
                    String before = write ? fingerprint.get() : null;
                    HttpResponse<String> answer = send(c);
                    sent++;
                    byStatus.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
                    String contentType = answer.headers().firstValue("Content-Type").orElse("");
                    if (answer.statusCode() >= 500) {
                        violations.add(answer.statusCode() + " for " + c + ": " + clip(answer.body()));
                    } else if (answer.statusCode() >= 400 && !contentType.startsWith("application/problem+json")) {
                        violations.add(answer.statusCode() + " without problem+json (" + contentType + ") for " + c);
                    } else if (write && answer.statusCode() >= 400 && !before.equals(fingerprint.get())) {
                        violations.add(answer.statusCode() + " but the data changed for " + c);
                    } else if (answer.statusCode() == 202) {
                        // accepted to run in the background (a job): let it finish before judging the next refusal
                        untilQuiet();
                    }
                }
            }
        }
        System.out.println("[fuzz] " + base + " " + sent + " cases, answers " + byStatus + ", " + violations.size()
                + " broken promise(s)");
        return new Report(seed, sent, byStatus, violations);
    }

    /** Waits until the data stops changing (the same fingerprint half a second apart), for at most a minute. */
    private void untilQuiet() throws InterruptedException {
        String last = fingerprint.get();
        for (int i = 0; i < 120; i++) {
            Thread.sleep(500);
            String now = fingerprint.get();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }

    private List<Case> cases(String template, String method, JsonNode operation) {
        List<Case> out = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> valid = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            if ("path".equals(p.path("in").asText())) {
                valid.put(p.path("name").asText(), samples.getOrDefault(p.path("name").asText(), "1"));
            }
        }
        String validPath = fill(template, valid, null, null);
        // path parameters, one at a time
        for (String name : valid.keySet()) {
            for (String bad : List.of("%00", "a%00b", "..%2F..%2Fetc%2Fpasswd", "../..", "-1", "99999999999999999999",
                    "x".repeat(3000), "%E2%80%AE%F0%9F%98%80", "%C0%AE")) {
                out.add(new Case(method, fill(template, valid, name, bad), null, null, "path " + name + "=" + brief(bad)));
            }
        }
        // query parameters, one at a time
        for (JsonNode p : parameters) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            for (String bad : List.of("%00", "abc", "-1", "2147483648", "2021-13-45", "2021-12-31T10:00:00", "1e100000000",
                    "%00json", "x".repeat(3000), "", "1.5")) {
                out.add(new Case(method, validPath + "?" + name + "=" + bad, null, null, "query " + name + "=" + brief(bad)));
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode()) {
            out.addAll(bodyCases(method, validPath, content));
        }
        return out;
    }

    private List<Case> bodyCases(String method, String path, JsonNode content) {
        List<Case> out = new ArrayList<>();
        String json = "application/json";
        if (content.has(json)) {
            JsonNode schema = resolve(content.path(json).path("schema"));
            JsonNode valid = sample(schema, 0);
            String v = valid.toString();
            for (String malformed : List.of("{", "{\"a\":", "[1,2", "nul", "\"text\"", "123", "", "{}garbage", v + " x",
                    v + v, "{\"a\":1,\"a\":2}", "[".repeat(2000) + "]".repeat(2000), "{\"a\":\"\\ud800\"}", "\uFEFF" + v)) {
                out.add(new Case(method, path, json, malformed, "malformed " + brief(malformed)));
            }
            out.add(new Case(method, path, json, "null", "null body"));
            out.add(new Case(method, path, json, schema.path("type").asText().equals("array") ? "{}" : "[]", "wrong root"));
            out.add(new Case(method, path, "text/plain", v, "wrong content type"));
            out.add(new Case(method, path, "application/xml", "<a/>", "xml"));
            if (valid.isObject()) {
                out.add(new Case(method, path, json, "{}", "no required members"));
                mutateMembers(method, path, json, (ObjectNode) valid, schema, "", out);
            } else if (valid.isArray() && valid.size() > 0 && valid.get(0).isObject()) {
                JsonNode items = resolve(schema.path("items"));
                ArrayNode array = (ArrayNode) valid;
                mutateMembers(method, path, json, (ObjectNode) array.get(0), items, "[0].", out, array);
            }
        }
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (type.startsWith("text/csv")) {
                for (String csv : List.of("", "voucherNo,lineCode\n", "voucherNo,lineCode,paidOn,amount,description\nV1,L,2021-13-01,1e100000000,\u0000",
                        "\u0000\u0001\u0002", "a,b,c\n\"unterminated", "voucherNo,lineCode,paidOn,amount,description\nV1,L,2021-01-01,١٢٣,x")) {
                    out.add(new Case(method, path, type, csv, "csv " + brief(csv)));
                }
            }
        }
        return out;
    }

    private void mutateMembers(String method, String path, String type, ObjectNode valid, JsonNode schema, String prefix,
                               List<Case> out) {
        mutateMembers(method, path, type, valid, schema, prefix, out, null);
    }

    /** For each member: wrong types, hostile text and numbers, absent; the rest of the body valid. */
    private void mutateMembers(String method, String path, String type, ObjectNode valid, JsonNode schema, String prefix,
                               List<Case> out, ArrayNode wrapper) {
        JsonNode properties = schema.path("properties");
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode memberSchema = resolve(properties.path(name));
            List<JsonNode> bads = new ArrayList<>(List.of(NODES.textNode("a\u0000b"), NODES.textNode("\u001b[31mred"),
                    NODES.textNode("x".repeat(70_000)), NODES.numberNode(1), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode(), NODES.nullNode(), NODES.textNode("2021-12-31T10:00:00"), NODES.textNode("٣١"),
                    NODES.textNode("１２３")));
            for (String number : List.of("1e100000000", "-1e100000000", "1e-100000000", "1e400", "123456789012345678901234567890",
                    "0.0000000000001", "-0", "2147483648", "1.5")) {
                bads.add(raw(number));
            }
            if (random.nextBoolean()) {
                bads.add(NODES.textNode("\ud83d"));
            }
            for (JsonNode bad : bads) {
                ObjectNode mutated = valid.deepCopy();
                mutated.set(name, bad);
                out.add(new Case(method, path, type, wrap(wrapper, mutated), prefix + name + "=" + brief(bad.toString())));
            }
            ObjectNode without = valid.deepCopy();
            without.remove(name);
            out.add(new Case(method, path, type, wrap(wrapper, without), "without " + prefix + name));
            if ("array".equals(memberSchema.path("type").asText())) {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 3; i++) {
                    many.add(NODES.textNode("a\u0000"));
                }
                ObjectNode mutated = valid.deepCopy();
                mutated.set(name, many);
                out.add(new Case(method, path, type, wrap(wrapper, mutated), prefix + name + "=[NUL texts]"));
            }
        }
    }

    private static String wrap(ArrayNode wrapper, ObjectNode item) {
        if (wrapper == null) {
            return item.toString();
        }
        ArrayNode copy = wrapper.deepCopy();
        copy.set(0, item);
        return copy.toString();
    }

    /** A number node written exactly as given (a BigDecimal would expand 1e100000000). */
    private static JsonNode raw(String number) {
        return NODES.rawValueNode(new RawValue(number));
    }

    /** A plausible valid value of the schema: its example, else something of its type. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (depth < 4) {
                    a.add(sample(schema.path("items"), depth + 1));
                }
                return a;
            }
            case "integer" -> {
                return NODES.numberNode(2021);
            }
            case "number" -> {
                return NODES.numberNode(new BigDecimal("100.00"));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode("date".equals(schema.path("format").asText()) ? "2021-12-31" : "FUZZ-" + random.nextInt(1000));
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asText();
            schema = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String fill(String template, Map<String, String> valid, String name, String bad) {
        String out = template;
        for (Map.Entry<String, String> p : valid.entrySet()) {
            out = out.replace("{" + p.getKey() + "}", p.getKey().equals(name) ? bad : p.getValue());
        }
        return out;
    }

    private HttpResponse<String> send(Case c) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + c.uri()))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8);
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method().toUpperCase(), body);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String brief(String s) {
        String shown = s.replaceAll("\\p{Cntrl}", "·");
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + s.length() + ")" : shown;
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
