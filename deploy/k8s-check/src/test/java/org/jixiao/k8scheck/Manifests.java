package org.jixiao.k8scheck;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML stream read strictly into fabric8's typed Kubernetes model: every document must be a kind fabric8 knows
 * (or one of the custom resources of {@link #CUSTOM_KINDS}, which {@link Checks} checks against its own minimal
 * schema), and no field may be unknown to the model at any depth. fabric8's classes keep unknown fields in
 * {@code additionalProperties} instead of failing, so the reader walks the YAML and the typed object side by side
 * and reports every field that ended up there, with its path.
 */
final class Manifests {
    /** Custom resources without a typed model (apiVersion, kind). */
    static final Set<String> CUSTOM_KINDS = Set.of("postgresql.cnpg.io/v1 Cluster");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** One document: its YAML as a tree and the typed object (a {@link GenericKubernetesResource} for custom kinds). */
    record Obj(String apiVersion, String kind, String name, String namespace, JsonNode raw, HasMetadata typed) {
        String ref() {
            return kind + "/" + name;
        }

        boolean is(String k) {
            return kind.equals(k);
        }

        @SuppressWarnings("unchecked")
        <T> T as(Class<T> type) {
            return (T) typed;
        }
    }

    private Manifests() {
    }

    /** Parses the stream; every problem (unreadable YAML, unknown kind, unknown field, type error) goes to problems. */
    static List<Obj> parse(String yaml, String origin, List<String> problems) {
        List<Obj> objects = new ArrayList<>();
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !(doc.isObject() && doc.isEmpty())) {
                    documents.add(doc);
                }
            }
        } catch (RuntimeException e) {
            problems.add(origin + ": not readable as YAML: " + e.getMessage());
            return objects;
        }
        int index = 0;
        for (JsonNode doc : documents) {
            index++;
            String where = origin + " document " + index;
            if (!doc.isObject()) {
                problems.add(where + ": not a mapping");
                continue;
            }
            String apiVersion = doc.path("apiVersion").asString("");
            String kind = doc.path("kind").asString("");
            String name = doc.path("metadata").path("name").asString("");
            String namespace = doc.path("metadata").path("namespace").asString(null);
            if (apiVersion.isEmpty() || kind.isEmpty()) {
                problems.add(where + ": no apiVersion or kind");
                continue;
            }
            if (!name.isEmpty()) {
                where = origin + " " + kind + "/" + name;
            } else {
                problems.add(where + " (" + kind + "): no metadata.name");
            }
            Object typed;
            try {
                typed = SERIALIZATION.unmarshal(doc.toString());
            } catch (RuntimeException e) {
                problems.add(where + ": does not fit fabric8's model of " + apiVersion + " " + kind + ": " + firstLine(e));
                continue;
            }
            if (!(typed instanceof HasMetadata resource)) {
                problems.add(where + ": not a Kubernetes object (" + (typed == null ? "null" : typed.getClass().getSimpleName()) + ")");
                continue;
            }
            if (resource instanceof GenericKubernetesResource) {
                if (!CUSTOM_KINDS.contains(apiVersion + " " + kind)) {
                    problems.add(where + ": unknown kind " + apiVersion + " " + kind
                            + " (neither in fabric8's model nor a custom resource this check knows)");
                    continue;
                }
            } else {
                List<String> unknown = new ArrayList<>();
                walk("", doc, resource, unknown);
                for (String path : unknown) {
                    problems.add(where + ": unknown field " + path.substring(1));
                }
            }
            objects.add(new Obj(apiVersion, kind, name, namespace, doc, resource));
        }
        return objects;
    }

    private static String firstLine(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Walks the YAML and the typed object together; collects the paths of fields the model did not know. */
    private static void walk(String path, JsonNode json, Object typed, List<String> unknown) {
        if (typed == null || json == null) {
            return;
        }
        if (json.isArray() && typed instanceof List<?> list) {
            for (int i = 0; i < json.size() && i < list.size(); i++) {
                walk(path + "[" + i + "]", json.get(i), list.get(i), unknown);
            }
            return;
        }
        if (!json.isObject()) {
            return;
        }
        if (typed instanceof Map<?, ?> map) {
            for (String key : json.propertyNames()) {
                walk(path + "." + key, json.get(key), map.get(key), unknown);
            }
            return;
        }
        if (!typed.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        Map<?, ?> extra = additionalProperties(typed);
        for (String key : json.propertyNames()) {
            if (extra != null && extra.containsKey(key)) {
                unknown.add(path + "." + key);
                continue;
            }
            walk(path + "." + key, json.get(key), property(typed, key), unknown);
        }
    }

    private static Map<?, ?> additionalProperties(Object typed) {
        try {
            Method m = typed.getClass().getMethod("getAdditionalProperties");
            Object value = m.invoke(typed);
            return value instanceof Map<?, ?> map ? map : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The value of the Java field that carries the JSON property name (fabric8 annotates every field). */
    private static Object property(Object typed, String jsonName) {
        for (Class<?> c = typed.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                JsonProperty p = f.getAnnotation(JsonProperty.class);
                if ((p != null && p.value().equals(jsonName)) || (p == null && f.getName().equals(jsonName))) {
                    try {
                        f.setAccessible(true);
                        return f.get(typed);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
