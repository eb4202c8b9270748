package org.jixiao.report.domain.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.report.domain.Fmt;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.KeyTask;
import org.jixiao.report.domain.data.ScoreNode;
import org.jixiao.report.domain.tables.TableGrid.Kind;

/**
 * 部门整体支出绩效自评表: the department's scored indicator tree (DEPT-OVERALL: 管理效能 and its indicators, 履职效能 and
 * its key tasks), one row per scored leaf with its 分值, 得分 and 评分说明.
 *
 * @param rows  the leaves, each with the names of the groups above it (一级, 二级)
 * @param total the evaluation's total
 */
public record DepartmentTable(String department, int year, List<Row> rows, BigDecimal points, BigDecimal total, String grade) {
    public static final String KEY = "department";
    private static final int LEVELS = 3;

    /**
     * A scored leaf. {@code groups} the ancestors' labels from the top ("管理效能（分值50，得分43.16）"), {@code name} the leaf's;
     * {@code explanation} the formula with its numbers, or a key task's 目标完成情况, then any cause and remedy.
     */
    public record Row(List<String> groups, String name, BigDecimal points, BigDecimal score, String explanation) {
    }

    public String title() {
        return title(year, department);
    }

    /** The title of a department's table; the public index names the table without building it. */
    public static String title(int year, String department) {
        return year + "年度" + department + "部门整体支出绩效自评表";
    }

    public BigDecimal rowScoreSum() {
        return rows.stream().map(Row::score).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static DepartmentTable of(ReportData data) {
        EvaluationResult e = data.evaluation();
        List<Row> rows = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        if (e != null) {
            for (ScoreNode root : e.nodeList()) {
                points = root.points() == null ? points : points.add(root.points());
                walk(root, List.of(), e.taskList(), rows);
            }
        }
        return new DepartmentTable(data.departmentName(), data.year(), List.copyOf(rows), points, e == null ? null : e.total(),
                e == null ? null : e.grade());
    }

    private static void walk(ScoreNode node, List<String> groups, List<KeyTask> tasks, List<Row> out) {
        boolean taskNode = "TASKS".equals(node.method()) && !tasks.isEmpty();
        if (node.childList().isEmpty() && !taskNode) {
            out.add(new Row(groups, node.name(), node.points(), node.score(), explanation(node.explanation(), node.cause(), node.remedy())));
            return;
        }
        List<String> below = new ArrayList<>(groups);
        below.add(node.name() + "（分值" + Fmt.scoreText(node.points()) + "，得分" + Fmt.scoreText(node.score()) + "）");
        if (taskNode) {
            // 履职效能 is scored from the key tasks: they are its rows
            for (int i = 0; i < tasks.size(); i++) {
                KeyTask t = tasks.get(i);
                out.add(new Row(below, "重点工作任务" + (i + 1) + "：" + t.name(), t.points(), t.score(),
                        t.outcome() == null ? "" : t.outcome().strip()));
            }
            return;
        }
        node.childList().forEach(c -> walk(c, List.copyOf(below), tasks, out));
    }

    private static String explanation(String formula, String cause, String remedy) {
        List<String> parts = new ArrayList<>();
        if (formula != null && !formula.isBlank()) {
            parts.add(formula.strip());
        }
        if (cause != null && !cause.isBlank()) {
            parts.add("偏差原因：" + cause.strip());
        }
        if (remedy != null && !remedy.isBlank()) {
            parts.add("改进措施：" + remedy.strip());
        }
        return String.join("\n", parts);
    }

    /** 一级, 二级, 三级指标, 分值, 得分, 评分说明; a group merges down over its rows, a shallow leaf across the levels it lacks. */
    public TableGrid grid() {
        TableGrid.Builder b = new TableGrid.Builder();
        b.label(0, 1, 1, "部门名称").text(1, 5, department);
        b.nextRow();
        b.label(0, 1, 1, "一级指标").label(1, 1, 1, "二级指标").label(2, 1, 1, "三级指标").label(3, 1, 1, "分值").label(4, 1, 1, "得分")
                .label(5, 1, 1, "评分说明");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.nextRow();
            int depth = Math.min(r.groups().size(), LEVELS - 1);
            for (int level = 0; level < depth; level++) {
                if (i == 0 || !samePrefix(rows.get(i - 1), r, level)) {
                    b.cell(level, span(i, level), 1, Kind.TEXT, r.groups().get(level), null);
                }
            }
            b.cell(depth, 1, LEVELS - depth, Kind.TEXT, r.name(), null).number(3, Kind.SCORE, r.points()).number(4, Kind.SCORE, r.score())
                    .text(5, 1, r.explanation());
        }
        b.nextRow();
        b.label(0, 1, 3, "总分").number(3, Kind.SCORE, points).number(4, Kind.SCORE, total).text(5, 1, grade == null ? "" : "自评等级：" + grade);
        return new TableGrid(KEY, title(), "部门：" + department + "　　年度：" + year, List.of(16, 16, 22, 8, 8, 50), true, b.cells());
    }

    /** Whether two rows share their groups down to {@code level}. */
    private static boolean samePrefix(Row a, Row b, int level) {
        return a.groups().size() > level && b.groups().size() > level && a.groups().subList(0, level + 1).equals(b.groups().subList(0, level + 1));
    }

    private int span(int i, int level) {
        int n = 1;
        while (i + n < rows.size() && samePrefix(rows.get(i), rows.get(i + n), level)) {
            n++;
        }
        return n;
    }
}
