package org.jixiao.report.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Canonical JSON: object keys sorted, no blanks, numbers as plain decimals without trailing zeros (36643500.00 →
 * 36643500), strings JSON-escaped. Two snapshots with the same content have the same text, whatever the key order or
 * number scale the peers sent.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb);
        return sb.toString();
    }

    private static void write(JsonNode n, StringBuilder sb) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            sb.append("null");
        } else if (n.isObject()) {
            List<String> names = new ArrayList<>();
            Iterator<String> it = n.fieldNames();
            it.forEachRemaining(names::add);
            Collections.sort(names);
            sb.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(TextNode.valueOf(names.get(i)).toString()).append(':');
                write(n.get(names.get(i)), sb);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(n.get(i), sb);
            }
            sb.append(']');
        } else if (n.isNumber()) {
            BigDecimal d = n.decimalValue().stripTrailingZeros();
            sb.append(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
        } else if (n.isBoolean()) {
            sb.append(n.booleanValue());
        } else {
            sb.append(TextNode.valueOf(n.asText()).toString());
        }
    }

    /**
     * The version's content: {"narrative": {...sections}, "snapshot": {...}, "title": "..."} in canonical form. The
     * snapshot's fetchedAt (when, not what) is left out, so the same data and narrative always hash the same.
     */
    public static String content(JsonNode snapshot, JsonNode narrative, String title) {
        var root = JsonNodeFactory.instance.objectNode();
        root.set("narrative", narrative);
        JsonNode data = snapshot;
        if (snapshot != null && snapshot.isObject() && snapshot.has("fetchedAt")) {
            data = snapshot.deepCopy();
            ((ObjectNode) data).remove("fetchedAt");
        }
        root.set("snapshot", data);
        root.put("title", title);
        return write(root);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
