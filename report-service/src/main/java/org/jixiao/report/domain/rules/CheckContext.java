package org.jixiao.report.domain.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.report.domain.FigureTable;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.RuleSettings;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.domain.data.Line;

/** What every rule checks: the snapshot, the narrative as it stands, its figures, and the rule settings. */
public record CheckContext(ReportData data, Map<SectionKey, String> narrative, FigureTable figures, RuleSettings settings) {
    private static final Pattern REASON = Pattern.compile("原因|由于|因为");

    public static CheckContext of(ReportData data, Map<SectionKey, String> narrative, RuleSettings settings) {
        return new CheckContext(data, narrative, FigureTable.of(data), settings);
    }

    /** The MUNICIPAL execution answer, or null. */
    Scope municipal() {
        return data.municipal() == null ? null : new Scope("MUNICIPAL", data.municipal());
    }

    /** The all-funds execution answer, or null. */
    Scope all() {
        return data.all() == null ? null : new Scope("ALL", data.all());
    }

    /** The execution answers present: MUNICIPAL, then ALL. */
    List<Scope> scopes() {
        return Stream.of(municipal(), all()).filter(Objects::nonNull).toList();
    }

    /** Every budget line once: MUNICIPAL's, then the lines only ALL has. */
    Collection<Line> lines() {
        Map<String, Line> seen = new LinkedHashMap<>();
        scopes().forEach(s -> s.execution().lineList().forEach(l -> seen.putIfAbsent(l.lineCode(), l)));
        return seen.values();
    }

    /** Narrative sentences that give a reason (原因/由于/因为). */
    List<String> sentencesWithReason() {
        return narrative.values().stream().filter(Objects::nonNull).flatMap(t -> Stream.of(t.split("[。；;！？\\n]")))
                .filter(s -> REASON.matcher(s).find()).toList();
    }
}
