package org.jixiao.report.domain;

import java.util.List;

/** One consistency finding: the rule, its severity, a message, and the figures involved with their source. */
public record Finding(String rule, Severity severity, String message, String section, List<FigureRef> figures) {

    /** A figure as involved in a finding: its name, the value as printed or typed, and where it came from. */
    public record FigureRef(String name, String value, String source) {
    }
}
