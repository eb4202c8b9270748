package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.platform.json.StrictText;
import org.jixiao.platform.problem.FieldError;

/**
 * 绩效运行监控 ("双监控"): what a checkpoint's report must hold, and the rules that turn it and the money into GREEN,
 * YELLOW or RED with reasons (docs/monitoring.md). Pure: the thresholds come in as {@link Settings}.
 */
public final class MonitoringRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MonitoringRules() {
    }

    /**
     * @param spendingGapYellow      percentage points spending progress may be behind time progress before YELLOW
     * @param spendingGapRed         … before RED
     * @param shortfallRedPercent    how far (percent of the target) the expected year-end value may miss before RED
     * @param shortfallWithoutRemedy the status of an expected shortfall without a remedy (纠偏措施)
     * @param shortfallWithoutCause  the status of an expected shortfall without a cause (偏差原因)
     */
    public record Settings(BigDecimal spendingGapYellow, BigDecimal spendingGapRed, BigDecimal shortfallRedPercent,
                           MonitoringStatus shortfallWithoutRemedy, MonitoringStatus shortfallWithoutCause) {
        public Settings {
            Objects.requireNonNull(spendingGapYellow, "spendingGapYellow");
            Objects.requireNonNull(spendingGapRed, "spendingGapRed");
            Objects.requireNonNull(shortfallRedPercent, "shortfallRedPercent");
            Objects.requireNonNull(shortfallWithoutRemedy, "shortfallWithoutRemedy");
            Objects.requireNonNull(shortfallWithoutCause, "shortfallWithoutCause");
            if (spendingGapYellow.signum() < 0 || spendingGapRed.compareTo(spendingGapYellow) < 0) {
                throw new IllegalArgumentException("spending gaps must be 0 ≤ yellow ≤ red, not " + spendingGapYellow
                        + " and " + spendingGapRed);
            }
            if (shortfallRedPercent.signum() < 0) {
                throw new IllegalArgumentException("the red shortfall share must be 0 or more, not " + shortfallRedPercent);
            }
        }
    }

    /** The outcome: the worst status of every reason (GREEN without any), the reasons, every indicator with its flag. */
    public record Assessment(MonitoringStatus status, List<MonitoringReason> reasons, List<MonitoredIndicator> indicators) {
    }

    /** An indicator of the approved targets and how a request and a reason name it. */
    private record Slot(Integer task, String taskName, int index, TargetIndicator indicator) {
        String ref() {
            return (task == null ? "" : "tasks[" + task + "].") + "indicators[" + index + "]";
        }
    }

    /**
     * What is wrong with a checkpoint's report, each problem named from the request's root ({@code
     * indicators[0].expectedYearEnd}): every indicator of the approved targets reported exactly once, addressed by
     * {@code task} (DEPARTMENT sets only) and {@code indicator} position, values that fit the indicator's nature.
     */
    public static List<FieldError> report(TargetScope scope, TargetContent targets, List<MonitoringEntry> entries) {
        List<FieldError> problems = new ArrayList<>();
        List<Slot> slots = slots(targets);
        if (entries == null || entries.isEmpty()) {
            problems.add(new FieldError("indicators", "needs one entry per indicator of the approved targets ("
                    + slots.size() + ")"));
            return problems;
        }
        Map<String, Integer> reported = new HashMap<>();
        for (int k = 0; k < entries.size(); k++) {
            String at = "indicators[" + k + "]";
            MonitoringEntry entry = entries.get(k);
            if (entry == null) {
                problems.add(new FieldError(at, "must be an entry, not null"));
                continue;
            }
            Slot slot = address(scope, targets, entry, at, problems);
            if (slot == null) {
                continue;
            }
            Integer earlier = reported.putIfAbsent(slot.ref(), k);
            if (earlier != null) {
                problems.add(new FieldError(at, "reports " + slot.ref() + " again (already indicators[" + earlier + "])"));
                continue;
            }
            if (entry.name() != null && !entry.name().isBlank() && !entry.name().strip().equals(slot.indicator().name())) {
                problems.add(new FieldError(at + ".name", "'" + entry.name().strip() + "' is not the name of " + slot.ref()
                        + " of the approved targets ('" + slot.indicator().name() + "')"));
            }
            values(at, slot.indicator(), entry, problems);
        }
        List<String> missing = slots.stream().filter(s -> !reported.containsKey(s.ref()))
                .map(s -> s.ref() + " (" + s.indicator().name() + ")").toList();
        // an entry with a wrong address leaves its indicator "missing" too: name only the wrong address then
        if (!missing.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldError("indicators", "every indicator of the approved targets needs an entry; missing: "
                    + String.join(", ", missing)));
        }
        return problems;
    }

    /**
     * Applies every rule to a valid report ({@link #report} found nothing) and the money: per indicator its expected
     * shortfall and explanations, for the set the spending gap.
     */
    public static Assessment assess(Settings settings, TargetContent targets, List<MonitoringEntry> entries,
                                    MonitoringMoney money) {
        Map<String, MonitoringEntry> byRef = new HashMap<>();
        for (MonitoringEntry entry : entries) {
            byRef.put((entry.task() == null ? "" : "tasks[" + entry.task() + "].") + "indicators[" + entry.indicator() + "]",
                    entry);
        }
        List<MonitoringReason> reasons = new ArrayList<>();
        MonitoringReason spending = spending(settings, money);
        if (spending != null) {
            reasons.add(spending);
        }
        List<MonitoredIndicator> indicators = new ArrayList<>();
        for (Slot slot : slots(targets)) {
            MonitoringEntry entry = byRef.get(slot.ref());
            List<MonitoringReason> own = indicatorReasons(settings, slot, entry);
            reasons.addAll(own);
            TargetIndicator target = slot.indicator();
            Shortfall shortfall = shortfallOf(target, entry);
            indicators.add(new MonitoredIndicator(slot.ref(), slot.task(), slot.taskName(), slot.index(), target.level1(),
                    target.level2(), target.name(), target.nature(), target.natureLabel(), target.value(), target.unit(),
                    entry.completedToDate(), entry.expectedYearEnd(), entry.expectedTier(), text(entry.cause()),
                    text(entry.remedy()), shortfall != null,
                    shortfall == null || shortfall.percent() == null ? null : shortfall.percent().setScale(2, RoundingMode.HALF_UP),
                    worst(own)));
        }
        return new Assessment(worst(reasons), List.copyOf(reasons), List.copyOf(indicators));
    }

    /**
     * The spending rule: time progress minus spending progress more than the red gap is RED, more than the yellow gap
     * YELLOW (exactly the gap is not "more than"); no reason when either progress is unknown (a zero budget).
     */
    public static MonitoringReason spending(Settings settings, MonitoringMoney money) {
        BigDecimal behind = money == null ? null : money.behindTimeProgress();
        if (behind == null) {
            return null;
        }
        String figures = "支出进度 " + percent(money.progress()) + "% 落后序时进度 " + percent(money.timeProgress()) + "% "
                + percent(behind) + " 个百分点";
        if (behind.compareTo(settings.spendingGapRed()) > 0) {
            return new MonitoringReason(MonitoringReason.Code.SPENDING_FAR_BEHIND, MonitoringStatus.RED, null,
                    figures + "（超过 " + points(settings.spendingGapRed()) + " 个百分点：支出进度严重滞后）");
        }
        if (behind.compareTo(settings.spendingGapYellow()) > 0) {
            return new MonitoringReason(MonitoringReason.Code.SPENDING_BEHIND, MonitoringStatus.YELLOW, null,
                    figures + "（超过 " + points(settings.spendingGapYellow()) + " 个百分点：支出进度滞后）");
        }
        return null;
    }

    /**
     * How far an expected year-end value misses a numeric target, in percent of the target: GE below it, LE above it,
     * EQ off it either way. Null when it does not miss; a shortfall with a null percent when the target is 0 (any miss
     * of a zero target, such as "极端恶性事件 ≤ 0 起", is beyond every share).
     */
    public static Shortfall shortfall(Direction nature, BigDecimal target, BigDecimal expected) {
        BigDecimal miss = switch (nature) {
            case GE -> target.subtract(expected);
            case LE -> expected.subtract(target);
            case EQ -> expected.subtract(target).abs();
            case QUALITATIVE -> throw new IllegalArgumentException("a QUALITATIVE indicator has no numeric shortfall");
        };
        if (miss.signum() <= 0) {
            return null;
        }
        return new Shortfall(target.signum() == 0 ? null
                : miss.multiply(HUNDRED).divide(target.abs(), 6, RoundingMode.HALF_UP));
    }

    /** An expected shortfall: percent of the target (6 decimals), or null when the target is 0. */
    public record Shortfall(BigDecimal percent) {
    }

    private static List<MonitoringReason> indicatorReasons(Settings settings, Slot slot, MonitoringEntry entry) {
        List<MonitoringReason> reasons = new ArrayList<>();
        TargetIndicator target = slot.indicator();
        String who = indicatorName(slot);
        Shortfall shortfall = shortfallOf(target, entry);
        if (shortfall == null) {
            return reasons;
        }
        if (target.nature() == Direction.QUALITATIVE) {
            boolean far = entry.expectedTier() == Tier.NOT_ACHIEVED;
            reasons.add(new MonitoringReason(far ? MonitoringReason.Code.TARGET_FAR_SHORTFALL : MonitoringReason.Code.TARGET_SHORTFALL,
                    far ? MonitoringStatus.RED : MonitoringStatus.YELLOW, slot.ref(), who + "预计" + (far ? "未达成" : "部分达成")
                    + "指标值「" + target.value() + "」（全年预计：" + entry.expectedYearEnd() + "）"));
        } else {
            BigDecimal red = settings.shortfallRedPercent();
            boolean far = shortfall.percent() == null || shortfall.percent().compareTo(red) > 0;
            String unit = target.unit() == null ? "" : " " + target.unit();
            reasons.add(new MonitoringReason(far ? MonitoringReason.Code.TARGET_FAR_SHORTFALL : MonitoringReason.Code.TARGET_SHORTFALL,
                    far ? MonitoringStatus.RED : MonitoringStatus.YELLOW, slot.ref(), who + "全年预计完成值 "
                    + plain(entry.expectedYearEnd()) + unit + " 未达到指标值 " + target.natureLabel() + " " + plain(target.value()) + unit
                    + (shortfall.percent() == null ? "（指标值为 0，任何偏离均为严重偏离）"
                    : "（偏离 " + percent(shortfall.percent()) + "%" + (far ? "，超过 " + points(red) + "%" : "") + "）")));
        }
        if (text(entry.remedy()) == null && settings.shortfallWithoutRemedy() != MonitoringStatus.GREEN) {
            reasons.add(new MonitoringReason(MonitoringReason.Code.SHORTFALL_WITHOUT_REMEDY, settings.shortfallWithoutRemedy(),
                    slot.ref(), who + "预计未达到指标值，但未提出纠偏措施"));
        }
        if (text(entry.cause()) == null && settings.shortfallWithoutCause() != MonitoringStatus.GREEN) {
            reasons.add(new MonitoringReason(MonitoringReason.Code.SHORTFALL_WITHOUT_CAUSE, settings.shortfallWithoutCause(),
                    slot.ref(), who + "预计未达到指标值，但未说明偏差原因"));
        }
        return reasons;
    }

    /** The expected shortfall of a reported indicator: numeric by {@link #shortfall}, qualitative by its tier. */
    private static Shortfall shortfallOf(TargetIndicator target, MonitoringEntry entry) {
        if (target.nature() == Direction.QUALITATIVE) {
            return entry.expectedTier() == null || entry.expectedTier() == Tier.ACHIEVED ? null : new Shortfall(null);
        }
        return shortfall(target.nature(), TargetRules.decimal((Number) target.value()),
                TargetRules.decimal((Number) entry.expectedYearEnd()));
    }

    private static Slot address(TargetScope scope, TargetContent targets, MonitoringEntry entry, String at,
                                List<FieldError> problems) {
        List<TargetIndicator> indicators;
        Integer task = entry.task();
        String taskName = null;
        if (scope == TargetScope.PROJECT) {
            if (task != null) {
                problems.add(new FieldError(at + ".task", "a PROJECT target set has no key tasks: name the indicator only"));
                return null;
            }
            indicators = targets.indicators();
        } else {
            if (task == null) {
                problems.add(new FieldError(at + ".task", "is required: the key task's position (from 0)"));
                return null;
            }
            if (task < 0 || task >= targets.tasks().size()) {
                problems.add(new FieldError(at + ".task", "the approved targets have no key task " + task + " ("
                        + targets.tasks().size() + " key tasks, from 0)"));
                return null;
            }
            indicators = targets.tasks().get(task).indicators();
            taskName = targets.tasks().get(task).name();
        }
        Integer index = entry.indicator();
        if (index == null) {
            problems.add(new FieldError(at + ".indicator", "is required: the indicator's position (from 0)"));
            return null;
        }
        if (index < 0 || index >= indicators.size()) {
            problems.add(new FieldError(at + ".indicator", "the approved " + (task == null ? "targets have" : "key task has")
                    + " no indicator " + index + " (" + indicators.size() + " indicators, from 0)"));
            return null;
        }
        return new Slot(task, taskName, index, indicators.get(index));
    }

    private static void values(String at, TargetIndicator target, MonitoringEntry entry, List<FieldError> problems) {
        if (target.nature() == Direction.QUALITATIVE) {
            qualitative(at + ".completedToDate", entry.completedToDate(), problems);
            qualitative(at + ".expectedYearEnd", entry.expectedYearEnd(), problems);
            if (entry.expectedTier() == null) {
                problems.add(new FieldError(at + ".expectedTier", "is required for a QUALITATIVE indicator: ACHIEVED, PARTIAL"
                        + " or NOT_ACHIEVED (预计达成, 部分达成, 未达成)"));
            }
        } else {
            numeric(at + ".completedToDate", target.nature(), entry.completedToDate(), problems);
            numeric(at + ".expectedYearEnd", target.nature(), entry.expectedYearEnd(), problems);
            if (entry.expectedTier() != null) {
                problems.add(new FieldError(at + ".expectedTier", "only a QUALITATIVE indicator takes a tier; a "
                        + target.nature() + " indicator is judged by expectedYearEnd"));
            }
        }
        explanation(at + ".cause", entry.cause(), problems);
        explanation(at + ".remedy", entry.remedy(), problems);
    }

    private static void numeric(String at, Direction nature, Object value, List<FieldError> problems) {
        if (!(value instanceof Number number)) {
            problems.add(new FieldError(at, value == null ? "is required: a number for a " + nature + " indicator"
                    : "must be a number for a " + nature + " indicator, not " + (value instanceof String ? "a text" : "this")));
            return;
        }
        String problem = TargetRules.bounds(number);
        if (problem != null) {
            problems.add(new FieldError(at, problem));
        }
    }

    private static void qualitative(String at, Object value, List<FieldError> problems) {
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(new FieldError(at, value == null ? "is required: a text for a QUALITATIVE indicator"
                    : "must be a text for a QUALITATIVE indicator"));
            return;
        }
        String problem = text.length() > TargetRules.MAX_VALUE_TEXT
                ? "must be at most " + TargetRules.MAX_VALUE_TEXT + " characters" : StrictText.problem(text);
        if (problem != null) {
            problems.add(new FieldError(at, problem));
        }
    }

    private static void explanation(String at, String text, List<FieldError> problems) {
        String problem = text == null ? null : StrictText.problem(text);
        if (problem != null) {
            problems.add(new FieldError(at, problem));
        }
    }

    private static List<Slot> slots(TargetContent targets) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < targets.indicators().size(); i++) {
            slots.add(new Slot(null, null, i, targets.indicators().get(i)));
        }
        for (int t = 0; t < targets.tasks().size(); t++) {
            TargetTask task = targets.tasks().get(t);
            for (int i = 0; i < task.indicators().size(); i++) {
                slots.add(new Slot(t, task.name(), i, task.indicators().get(i)));
            }
        }
        return slots;
    }

    private static MonitoringStatus worst(List<MonitoringReason> reasons) {
        return reasons.stream().map(MonitoringReason::status).reduce(MonitoringStatus.GREEN, MonitoringStatus::worst);
    }

    private static String indicatorName(Slot slot) {
        return (slot.taskName() == null ? "" : "「" + slot.taskName() + "」") + "「" + slot.indicator().name() + "」";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String plain(Object value) {
        return value instanceof Number n ? TargetRules.decimal(n).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static String percent(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
