package org.jixiao.report.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.report.domain.ReportDocument.Block;
import org.jixiao.report.domain.data.Rectifications;

/**
 * 上年度绩效评价问题整改情况: the department's rectification items of the year before, as the version fetched them — a
 * sentence counting them by status, then one row each (问题, 整改措施, 责任人, 整改时限, 整改情况). Nothing at all when
 * there are none, so a report without them reads as before.
 */
public final class RectificationSection {
    static final String TITLE = "上年度绩效评价问题整改情况";
    static final List<String> HEADERS = List.of("存在问题", "整改措施", "责任人", "整改时限", "整改情况");
    /** The order the counts are told in, with their words. */
    private static final Map<String, String> COUNTED = Map.of("DONE", "已完成整改", "IN_PROGRESS", "正在整改", "OPEN",
            "尚未开始整改", "OVERDUE", "逾期未完成整改");
    private static final List<String> ORDER = List.of("DONE", "IN_PROGRESS", "OPEN", "OVERDUE");
    private static final String NONE = "—";

    private RectificationSection() {
    }

    public static List<Block> blocks(ReportData d) {
        List<Rectifications.Item> items = d.rectifications();
        if (items.isEmpty()) {
            return List.of();
        }
        List<Block> out = new ArrayList<>();
        out.add(Block.heading(4, TITLE + "。"));
        out.add(Block.paragraph(summary(d.selfReference(), d.year() - 1, items)));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Rectifications.Item item = items.get(i);
            rows.add(List.of((i + 1) + ". " + text(item.problem()), text(item.measure()), text(item.owner()), date(item.deadline()),
                    outcome(item)));
        }
        out.add(Block.table(TITLE, HEADERS, rows));
        return out;
    }

    /** "我局对2020年度绩效评价发现的2个问题逐项落实整改，其中已完成整改1个、逾期未完成整改1个。" */
    static String summary(String self, int year, List<Rectifications.Item> items) {
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(i -> String.valueOf(i.status()), Collectors.counting()));
        List<String> parts = ORDER.stream().filter(counts::containsKey).map(s -> COUNTED.get(s) + counts.get(s) + "个").toList();
        return self + "对" + year + "年度绩效评价发现的" + items.size() + "个问题逐项落实整改" + (parts.isEmpty() ? "" : "，其中"
                + String.join("、", parts)) + "。";
    }

    /** 整改情况: the status in words, and what was done when reported. */
    private static String outcome(Rectifications.Item item) {
        String label = item.statusLabel() == null || item.statusLabel().isBlank() ? String.valueOf(item.status()) : item.statusLabel();
        return item.evidence() == null || item.evidence().isBlank() ? label : label + "：" + item.evidence().strip();
    }

    private static String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return NONE;
        }
        try {
            LocalDate d = LocalDate.parse(iso);
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }
}
