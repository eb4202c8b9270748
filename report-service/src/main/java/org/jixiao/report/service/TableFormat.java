package org.jixiao.report.service;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** The formats a table (自评表) renders to. */
public enum TableFormat {
    XLSX("xlsx", TableFormat.XLSX_TYPE),
    DOCX("docx", RenderFormat.DOCX_TYPE),
    PDF("pdf", "application/pdf");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String name;
    public final String mediaType;

    TableFormat(String name, String mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    public static Optional<TableFormat> byName(String name) {
        String n = name.trim().toLowerCase();
        for (TableFormat f : values()) {
            if (f.name.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The first acceptable media type we produce; a wildcard (or no Accept) is XLSX, the table's native form. */
    public static Optional<TableFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable == null || acceptable.isEmpty()) {
            return Optional.of(XLSX);
        }
        for (MediaType m : acceptable) {
            if (m.isWildcardType()) {
                return Optional.of(XLSX);
            }
            for (TableFormat f : values()) {
                if (m.isCompatible(MediaType.valueOf(f.mediaType))) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
