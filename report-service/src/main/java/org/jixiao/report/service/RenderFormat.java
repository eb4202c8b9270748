package org.jixiao.report.service;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** The formats a version renders to. */
public enum RenderFormat {
    JSON("json", "application/json", null),
    HTML("html", "text/html;charset=UTF-8", null),
    MARKDOWN("markdown", "text/markdown;charset=UTF-8", "md"),
    DOCX("docx", RenderFormat.DOCX_TYPE, "docx"),
    PDF("pdf", "application/pdf", "pdf");

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public final String name;
    public final String mediaType;
    public final String extension;

    RenderFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<RenderFormat> byName(String name) {
        String n = name.trim().toLowerCase();
        for (RenderFormat f : values()) {
            if (f.name.equals(n) || (n.equals("md") && f == MARKDOWN)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The first acceptable media type (in the client's order of preference) that we produce; a wildcard is JSON. */
    public static Optional<RenderFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable == null || acceptable.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MediaType m : acceptable) {
            if (m.isWildcardType()) {
                return Optional.of(JSON);
            }
            for (RenderFormat f : values()) {
                if (m.isCompatible(MediaType.valueOf(f.mediaType))) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
