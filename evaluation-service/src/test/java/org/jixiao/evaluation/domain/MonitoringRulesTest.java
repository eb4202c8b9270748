package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

/** 绩效运行监控 rules (docs/monitoring.md): every rule at and beside its boundary, and what a report must hold. */
class MonitoringRulesTest {
    private static final MonitoringRules.Settings DEFAULTS = new MonitoringRules.Settings(bd("10"), bd("20"), bd("20"),
            MonitoringStatus.RED, MonitoringStatus.YELLOW);

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static TargetIndicator indicator(String name, Direction nature, Object value, String unit) {
        return new TargetIndicator(TargetLevel1.OUTPUT, TargetLevel2.QUANTITY, name, nature, value, unit, bd("10"));
    }

    /** 信息化建设: modules ≥ 5 个, cost ≤ 130 万元, incidents ≤ 0 起, order 安全有序. */
    static final TargetContent PROJECT = new TargetContent("完成信访信息系统升级改造", List.of(), List.of(
            indicator("系统功能模块上线数", Direction.GE, bd("5"), "个"),
            indicator("项目总成本", Direction.LE, bd("130"), "万元"),
            indicator("极端恶性事件", Direction.LE, bd("0"), "起"),
            indicator("接访秩序", Direction.QUALITATIVE, "安全有序", null)));

    static MonitoringEntry numeric(int index, String expected, String cause, String remedy) {
        return new MonitoringEntry(null, index, null, bd("1"), bd(expected), null, cause, remedy);
    }

    static List<MonitoringEntry> onTrack() {
        return new ArrayList<>(List.of(numeric(0, "5", null, null), numeric(1, "128", null, null), numeric(2, "0", null, null),
                new MonitoringEntry(null, 3, "接访秩序", "安全有序", "安全有序", Tier.ACHIEVED, null, null)));
    }

    static MonitoringMoney money(String progress, String timeProgress) {
        return new MonitoringMoney("PROJECT", "2022-06-30", bd("1300000"), bd("1300000"), bd("650000"),
                progress == null ? null : bd(progress), timeProgress == null ? null : bd(timeProgress), "GREEN");
    }

    // --- spending progress vs time progress

    @Test
    void spendingExactlyTheYellowGapBehindIsStillGreen() {
        assertThat(MonitoringRules.spending(DEFAULTS, money("40.00", "50.00"))).isNull();
    }

    @Test
    void spendingMoreThanTheYellowGapBehindIsYellow() {
        MonitoringReason reason = MonitoringRules.spending(DEFAULTS, money("39.99", "50.00"));
        assertThat(reason.code()).isEqualTo(MonitoringReason.Code.SPENDING_BEHIND);
        assertThat(reason.status()).isEqualTo(MonitoringStatus.YELLOW);
        assertThat(reason.message()).isEqualTo("支出进度 39.99% 落后序时进度 50.00% 10.01 个百分点（超过 10 个百分点：支出进度滞后）");
    }

    @Test
    void spendingExactlyTheRedGapBehindIsYellowAndMoreIsRed() {
        assertThat(MonitoringRules.spending(DEFAULTS, money("30.00", "50.00")).status()).isEqualTo(MonitoringStatus.YELLOW);
        MonitoringReason red = MonitoringRules.spending(DEFAULTS, money("29.99", "50.00"));
        assertThat(red.code()).isEqualTo(MonitoringReason.Code.SPENDING_FAR_BEHIND);
        assertThat(red.status()).isEqualTo(MonitoringStatus.RED);
    }

    @Test
    void spendingAheadOfTimeOrWithoutProgressGivesNoReason() {
        assertThat(MonitoringRules.spending(DEFAULTS, money("80.00", "50.00"))).isNull();
        assertThat(MonitoringRules.spending(DEFAULTS, money(null, "50.00"))).as("a zero budget has no progress").isNull();
        assertThat(money("35.50", "50.00").behindTimeProgress()).isEqualByComparingTo("14.50");
    }

    // --- expected year-end value vs target

    @Test
    void aShortfallIsMeasuredAgainstTheTargetByItsNature() {
        assertThat(MonitoringRules.shortfall(Direction.GE, bd("5"), bd("5"))).isNull();
        assertThat(MonitoringRules.shortfall(Direction.GE, bd("5"), bd("6"))).isNull();
        assertThat(MonitoringRules.shortfall(Direction.GE, bd("5"), bd("4")).percent()).isEqualByComparingTo("20");
        assertThat(MonitoringRules.shortfall(Direction.LE, bd("130"), bd("120"))).isNull();
        assertThat(MonitoringRules.shortfall(Direction.LE, bd("130"), bd("143")).percent()).isEqualByComparingTo("10");
        assertThat(MonitoringRules.shortfall(Direction.EQ, bd("100"), bd("90")).percent()).isEqualByComparingTo("10");
        assertThat(MonitoringRules.shortfall(Direction.EQ, bd("100"), bd("110")).percent()).isEqualByComparingTo("10");
        assertThat(MonitoringRules.shortfall(Direction.LE, bd("0"), bd("1")).percent()).as("a zero target: not measurable").isNull();
    }

    @Test
    void missingTheTargetByUpToTheRedShareIsYellowAndBeyondItRed() {
        List<MonitoringEntry> entries = onTrack();
        entries.set(0, numeric(0, "4", "测试延期", "增派人员")); // 20 % short: not more than 20 %
        MonitoringRules.Assessment yellow = MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("50", "50"));
        assertThat(yellow.status()).isEqualTo(MonitoringStatus.YELLOW);
        assertThat(yellow.reasons()).extracting(MonitoringReason::code).containsExactly(MonitoringReason.Code.TARGET_SHORTFALL);
        assertThat(yellow.reasons().get(0).indicator()).isEqualTo("indicators[0]");
        assertThat(yellow.reasons().get(0).message()).isEqualTo("「系统功能模块上线数」全年预计完成值 4 个 未达到指标值 ≥ 5 个（偏离 20.00%）");
        assertThat(yellow.indicators().get(0).shortfallPercent()).isEqualByComparingTo("20.00");
        assertThat(yellow.indicators().get(0).status()).isEqualTo(MonitoringStatus.YELLOW);
        assertThat(yellow.indicators().get(1).status()).isEqualTo(MonitoringStatus.GREEN);

        entries.set(0, numeric(0, "3.99", "测试延期", "增派人员")); // 20.2 % short
        MonitoringRules.Assessment red = MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("50", "50"));
        assertThat(red.status()).isEqualTo(MonitoringStatus.RED);
        assertThat(red.reasons()).extracting(MonitoringReason::code).containsExactly(MonitoringReason.Code.TARGET_FAR_SHORTFALL);
    }

    @Test
    void anyMissOfAZeroTargetIsRed() {
        List<MonitoringEntry> entries = onTrack();
        entries.set(2, numeric(2, "1", "信访人情绪激动", "加强安保"));
        MonitoringRules.Assessment assessment = MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("50", "50"));
        assertThat(assessment.status()).isEqualTo(MonitoringStatus.RED);
        assertThat(assessment.reasons().get(0).message()).contains("指标值为 0");
    }

    @Test
    void aQualitativeTargetIsJudgedByItsExpectedTier() {
        List<MonitoringEntry> entries = onTrack();
        entries.set(3, new MonitoringEntry(null, 3, null, "基本有序", "基本有序", Tier.PARTIAL, "来访量激增", "增设接待窗口"));
        assertThat(MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("50", "50")).status()).isEqualTo(MonitoringStatus.YELLOW);
        entries.set(3, new MonitoringEntry(null, 3, null, "秩序混乱", "秩序混乱", Tier.NOT_ACHIEVED, "来访量激增", "增设接待窗口"));
        assertThat(MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("50", "50")).reasons())
                .extracting(MonitoringReason::code).containsExactly(MonitoringReason.Code.TARGET_FAR_SHORTFALL);
    }

    // --- explanations of a shortfall

    @Test
    void aShortfallWithoutARemedyIsRedAndWithoutACauseYellow() {
        List<MonitoringEntry> entries = onTrack();
        entries.set(1, numeric(1, "135", null, "  ")); // 3.85 % over the cost target, nothing explained
        MonitoringRules.Assessment assessment = MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("50", "50"));
        assertThat(assessment.status()).isEqualTo(MonitoringStatus.RED);
        assertThat(assessment.reasons()).extracting(MonitoringReason::code).containsExactly(MonitoringReason.Code.TARGET_SHORTFALL,
                MonitoringReason.Code.SHORTFALL_WITHOUT_REMEDY, MonitoringReason.Code.SHORTFALL_WITHOUT_CAUSE);
        assertThat(assessment.indicators().get(1).status()).isEqualTo(MonitoringStatus.RED);

        entries.set(1, numeric(1, "135", null, "压减外包服务费用"));
        assertThat(MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("50", "50")).status())
                .as("a remedy without a cause").isEqualTo(MonitoringStatus.YELLOW);
    }

    @Test
    void theExplanationRulesAreConfigurableAndGreenTurnsThemOff() {
        MonitoringRules.Settings lenient = new MonitoringRules.Settings(bd("10"), bd("20"), bd("20"), MonitoringStatus.YELLOW,
                MonitoringStatus.GREEN);
        List<MonitoringEntry> entries = onTrack();
        entries.set(1, numeric(1, "135", null, null));
        MonitoringRules.Assessment assessment = MonitoringRules.assess(lenient, PROJECT, entries, money("50", "50"));
        assertThat(assessment.status()).isEqualTo(MonitoringStatus.YELLOW);
        assertThat(assessment.reasons()).extracting(MonitoringReason::code).containsExactly(MonitoringReason.Code.TARGET_SHORTFALL,
                MonitoringReason.Code.SHORTFALL_WITHOUT_REMEDY);
    }

    @Test
    void onTrackIsGreenWithoutReasonsAndTheWorstReasonWins() {
        MonitoringRules.Assessment green = MonitoringRules.assess(DEFAULTS, PROJECT, onTrack(), money("50", "50"));
        assertThat(green.status()).isEqualTo(MonitoringStatus.GREEN);
        assertThat(green.reasons()).isEmpty();
        assertThat(green.indicators()).extracting(MonitoredIndicator::ref)
                .containsExactly("indicators[0]", "indicators[1]", "indicators[2]", "indicators[3]");
        assertThat(green.indicators().get(0).targetValue()).isEqualTo(bd("5"));

        List<MonitoringEntry> entries = onTrack();
        entries.set(0, numeric(0, "4.5", "测试延期", "增派人员"));
        MonitoringRules.Assessment worst = MonitoringRules.assess(DEFAULTS, PROJECT, entries, money("25", "50"));
        assertThat(worst.status()).isEqualTo(MonitoringStatus.RED);
        assertThat(worst.reasons()).extracting(MonitoringReason::code)
                .containsExactly(MonitoringReason.Code.SPENDING_FAR_BEHIND, MonitoringReason.Code.TARGET_SHORTFALL);
    }

    @Test
    void settingsMustBeOrdered() {
        assertThatThrownBy(() -> new MonitoringRules.Settings(bd("20"), bd("10"), bd("20"), MonitoringStatus.RED,
                MonitoringStatus.YELLOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonitoringRules.Settings(bd("10"), bd("20"), bd("-1"), MonitoringStatus.RED,
                MonitoringStatus.YELLOW)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- what a report must hold

    @Test
    void aTextWhereANumberIsDueIsRefusedNamingTheField() {
        List<MonitoringEntry> entries = onTrack();
        entries.set(0, new MonitoringEntry(null, 0, null, bd("3"), "完成", null, null, null));
        assertThat(MonitoringRules.report(TargetScope.PROJECT, PROJECT, entries)).extracting(FieldError::field)
                .containsExactly("indicators[0].expectedYearEnd");
    }

    @Test
    void everyIndicatorOnceAndOnlyKnownOnes() {
        List<MonitoringEntry> entries = onTrack();
        entries.remove(3);
        assertThat(MonitoringRules.report(TargetScope.PROJECT, PROJECT, entries)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("indicators"))
                .satisfies(p -> assertThat(p.message()).contains("indicators[3] (接访秩序)"));
        entries.add(numeric(9, "1", null, null));
        entries.add(numeric(0, "5", null, null));
        entries.add(new MonitoringEntry(2, 1, null, bd("1"), bd("1"), null, null, null));
        assertThat(MonitoringRules.report(TargetScope.PROJECT, PROJECT, entries)).extracting(FieldError::field)
                .containsExactly("indicators[3].indicator", "indicators[4]", "indicators[5].task");
        assertThat(MonitoringRules.report(TargetScope.PROJECT, PROJECT, List.of())).extracting(FieldError::field)
                .containsExactly("indicators");
    }

    @Test
    void aNameThatIsNotTheIndicatorsIsRefused() {
        List<MonitoringEntry> entries = onTrack();
        entries.set(1, new MonitoringEntry(null, 1, "系统可用率", bd("60"), bd("128"), null, null, null));
        assertThat(MonitoringRules.report(TargetScope.PROJECT, PROJECT, entries)).extracting(FieldError::field)
                .containsExactly("indicators[1].name");
    }

    @Test
    void qualitativeValuesAreTextsWithATier() {
        List<MonitoringEntry> entries = onTrack();
        entries.set(3, new MonitoringEntry(null, 3, null, 1, "x".repeat(TargetRules.MAX_VALUE_TEXT + 1), null, null, null));
        entries.set(0, new MonitoringEntry(null, 0, null, bd("3"), bd("5"), Tier.ACHIEVED, "a\u0000b", null));
        assertThat(MonitoringRules.report(TargetScope.PROJECT, PROJECT, entries)).extracting(FieldError::field)
                .containsExactly("indicators[0].expectedTier", "indicators[0].cause", "indicators[3].completedToDate",
                        "indicators[3].expectedYearEnd", "indicators[3].expectedTier");
    }

    @Test
    void aDepartmentSetIsAddressedByTaskAndIndicator() {
        TargetContent department = new TargetContent("增强信访治理效能", List.of(
                new TargetTask("有效化解各类信访矛盾", "g", bd("25"), List.of(indicator("按期答复率", Direction.GE, bd("95"), "%"))),
                new TargetTask("维护接待厅秩序", "g", bd("25"), List.of(indicator("极端恶性事件", Direction.LE, bd("0"), "起")))),
                List.of());
        List<MonitoringEntry> entries = List.of(new MonitoringEntry(0, 0, "按期答复率", bd("96"), bd("90"), null, "案件量增加", null),
                new MonitoringEntry(1, 0, null, bd("0"), bd("0"), null, null, null));
        assertThat(MonitoringRules.report(TargetScope.DEPARTMENT, department, entries)).isEmpty();
        MonitoringRules.Assessment assessment = MonitoringRules.assess(DEFAULTS, department, entries, money("50", "50"));
        assertThat(assessment.status()).isEqualTo(MonitoringStatus.RED);
        assertThat(assessment.reasons()).extracting(MonitoringReason::indicator)
                .containsExactly("tasks[0].indicators[0]", "tasks[0].indicators[0]");
        assertThat(assessment.reasons().get(1).message()).startsWith("「有效化解各类信访矛盾」「按期答复率」");
        assertThat(MonitoringRules.report(TargetScope.DEPARTMENT, department,
                List.of(new MonitoringEntry(null, 0, null, bd("1"), bd("1"), null, null, null),
                        new MonitoringEntry(2, 0, null, bd("1"), bd("1"), null, null, null))))
                .extracting(FieldError::field).containsExactly("indicators[0].task", "indicators[1].task");
    }
}
