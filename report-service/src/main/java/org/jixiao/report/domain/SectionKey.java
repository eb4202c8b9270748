package org.jixiao.report.domain;

import java.util.Arrays;
import java.util.Optional;

/** The narrative sections a department writes, in document order. */
public enum SectionKey {
    organization("部门机构设置"),
    functions("部门主要职能"),
    annualWork("年度总体工作和重点工作任务"),
    performanceManagement("部门整体绩效管理情况"),
    /** 自评结论: the conclusion's own sentences after the generated score sentence (a grade-bound default when unwritten). */
    conclusion("自评结论"),
    achievements("主要工作成效"),
    problems("存在的主要问题"),
    improvements("下一步改进措施");

    public final String label;

    SectionKey(String label) {
        this.label = label;
    }

    public static Optional<SectionKey> parse(String key) {
        return Arrays.stream(values()).filter(k -> k.name().equals(key)).findFirst();
    }
}
