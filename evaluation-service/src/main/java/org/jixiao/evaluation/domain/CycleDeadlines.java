package org.jixiao.evaluation.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The deadlines the city sets for a fiscal year's cycle: targets declared (绩效目标申报), each monitoring checkpoint
 * reported (绩效运行监控, by month-day), the self-evaluation and the report submitted. Any may be absent (no deadline).
 */
public record CycleDeadlines(int year, LocalDate targets, SortedMap<String, LocalDate> monitoring, LocalDate selfEvaluation,
                             LocalDate report) {
    public static final String TARGETS = "TARGETS";
    public static final String SELF_EVALUATION = "SELF_EVALUATION";
    public static final String REPORT = "REPORT";
    public static final String MONITORING_PREFIX = "MONITORING:";

    public CycleDeadlines {
        monitoring = monitoring == null ? new TreeMap<>() : new TreeMap<>(monitoring);
    }

    /** The deadlines as stored: item → date (TARGETS, MONITORING:06-30, SELF_EVALUATION, REPORT). */
    public Map<String, LocalDate> byItem() {
        Map<String, LocalDate> items = new LinkedHashMap<>();
        if (targets != null) {
            items.put(TARGETS, targets);
        }
        monitoring.forEach((checkpoint, due) -> items.put(MONITORING_PREFIX + checkpoint, due));
        if (selfEvaluation != null) {
            items.put(SELF_EVALUATION, selfEvaluation);
        }
        if (report != null) {
            items.put(REPORT, report);
        }
        return items;
    }

    public static CycleDeadlines of(int year, Map<String, LocalDate> byItem) {
        SortedMap<String, LocalDate> monitoring = new TreeMap<>();
        byItem.forEach((item, due) -> {
            if (item.startsWith(MONITORING_PREFIX)) {
                monitoring.put(item.substring(MONITORING_PREFIX.length()), due);
            }
        });
        return new CycleDeadlines(year, byItem.get(TARGETS), monitoring, byItem.get(SELF_EVALUATION), byItem.get(REPORT));
    }
}
