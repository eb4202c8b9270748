package org.jixiao.report.domain.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.workflow.Timeliness;
import org.jixiao.report.domain.data.CityDepartments;
import org.jixiao.report.domain.data.Cycle;
import org.jixiao.report.domain.data.CycleProgress;
import org.jixiao.report.domain.data.CycleProgress.DepartmentProgress;

/**
 * The city board of a year: every department (budget-service's list, plus any that only the other services know)
 * with each step of the cycle — targets, monitoring per checkpoint, self-evaluation, report — its status and where it
 * stands against the year's deadlines, and the city's counts and grade distribution. Pure: built from what the three
 * services answered.
 */
public record CityBoard(int year, List<BoardRow> rows, Summary summary) {
    /** Grades in the order the board counts them; a department without a scored self-evaluation counts as 未评. */
    public static final List<String> GRADES = List.of("优", "良", "中", "差", Summary.NOT_GRADED);

    /**
     * The city's counts: departments; targets approved; monitoring recorded per checkpoint; self-evaluations scored,
     * submitted (or further) and filed; reports submitted (or further), filed and published; departments with a
     * late step; the grade distribution.
     */
    public record Summary(int departments, int targetsApproved, Map<String, Integer> monitoringRecorded, int evaluationsScored,
                          int evaluationsSubmitted, int evaluationsFiled, int reportsSubmitted, int reportsFiled,
                          int reportsPublished, int late, Map<String, Integer> grades) {
        public static final String NOT_GRADED = "未评";
    }

    /** What to show: each condition given narrows the rows (null: any). */
    public record Filter(Boolean late, String grade, String evaluationStatus, String reportStatus, String department) {
        public static final String NONE = "NONE";

        boolean accepts(BoardRow row) {
            return (late == null || late == row.anyLate())
                    && (grade == null || grade.equals(row.grade() == null ? Summary.NOT_GRADED : row.grade()))
                    && (evaluationStatus == null || evaluationStatus.equals(statusOf(row.evaluation())))
                    && (reportStatus == null || reportStatus.equals(statusOf(row.report())))
                    && (department == null || row.department().contains(department)
                        || row.name() != null && row.name().contains(department));
        }

        private static String statusOf(BoardRow.Step step) {
            return step.status() == null ? NONE : step.status();
        }
    }

    public static CityBoard of(CityDepartments departments, CycleProgress progress, List<ReportProgress> reports, Cycle cycle,
                               LocalDate today) {
        Map<String, String> names = new TreeMap<>();
        departments.itemList().forEach(d -> names.put(d.code(), d.name()));
        Map<String, DepartmentProgress> byDepartment = progress.departmentList().stream()
                .collect(Collectors.toMap(DepartmentProgress::department, Function.identity(), (a, b) -> a));
        Map<String, ReportProgress> reportOf = reports.stream()
                .collect(Collectors.toMap(ReportProgress::department, Function.identity(), (a, b) -> a));
        TreeSet<String> codes = new TreeSet<>(names.keySet());
        codes.addAll(byDepartment.keySet());
        codes.addAll(reportOf.keySet());
        List<BoardRow> rows = codes.stream().map(code -> row(code, names.get(code), byDepartment.get(code), reportOf.get(code), cycle, today))
                .toList();
        return new CityBoard(cycle.year(), rows, summary(rows));
    }

    public List<BoardRow> filter(Filter filter) {
        return rows.stream().filter(filter::accepts).toList();
    }

    private static BoardRow row(String code, String name, DepartmentProgress p, ReportProgress report, Cycle cycle, LocalDate today) {
        List<String> late = new ArrayList<>();
        BoardRow.Step targets = p == null || p.targets() == null
                ? new BoardRow.Step(null, null, Timeliness.of(cycle.targets(), null, today))
                : new BoardRow.Step(null, p.targets().status(), p.targets().timeliness());
        flag(late, targets, "绩效目标");
        Map<String, BoardRow.Step> monitoring = new TreeMap<>();
        cycle.monitoring().forEach((checkpoint, due) -> monitoring.put(checkpoint,
                new BoardRow.Step(checkpoint, null, Timeliness.of(due, null, today))));
        if (p != null) {
            p.monitoringList().forEach(m -> monitoring.put(m.checkpoint(), new BoardRow.Step(m.checkpoint(), m.status(), m.timeliness())));
        }
        monitoring.values().forEach(step -> flag(late, step, "绩效监控 " + step.checkpoint()));
        CycleProgress.EvaluationStep e = p == null ? null : p.evaluation();
        BoardRow.Step evaluation = e == null ? new BoardRow.Step(null, null, Timeliness.of(cycle.selfEvaluation(), null, today))
                : new BoardRow.Step(null, e.status(), e.timeliness());
        flag(late, evaluation, "自评");
        BoardRow.Step reportStep = report == null ? new BoardRow.Step(null, null, Timeliness.of(cycle.report(), null, today))
                : new BoardRow.Step(null, report.status(), Timeliness.of(cycle.report(),
                        ReviewStatus.valueOf(report.status()).submitted() && report.submittedAt() != null
                                ? report.submittedAt().atOffset(java.time.ZoneOffset.UTC) : null, today));
        flag(late, reportStep, "自评报告");
        return new BoardRow(code, name, targets, List.copyOf(monitoring.values()), evaluation, e == null ? null : e.total(),
                e == null ? null : e.grade(), reportStep, report == null ? null : report.publishedVersion(),
                report == null ? null : report.reportId(), List.copyOf(late));
    }

    private static void flag(List<String> late, BoardRow.Step step, String label) {
        if (step.timeliness() != null && step.timeliness().flagged()) {
            late.add(label);
        }
    }

    private static Summary summary(List<BoardRow> rows) {
        Map<String, Integer> monitoring = new TreeMap<>();
        Map<String, Integer> grades = new LinkedHashMap<>();
        GRADES.forEach(g -> grades.put(g, 0));
        int targets = 0;
        int scored = 0;
        int submitted = 0;
        int filed = 0;
        int reportsSubmitted = 0;
        int reportsFiled = 0;
        int published = 0;
        int late = 0;
        for (BoardRow r : rows) {
            targets += "APPROVED".equals(r.targets().status()) ? 1 : 0;
            r.monitoring().forEach(m -> monitoring.merge(m.checkpoint(), m.status() == null ? 0 : 1, Integer::sum));
            scored += r.score() == null ? 0 : 1;
            submitted += submitted(r.evaluation()) ? 1 : 0;
            filed += "FILED".equals(r.evaluation().status()) ? 1 : 0;
            reportsSubmitted += submitted(r.report()) ? 1 : 0;
            reportsFiled += "FILED".equals(r.report().status()) ? 1 : 0;
            published += r.publishedVersion() == null ? 0 : 1;
            late += r.anyLate() ? 1 : 0;
            grades.merge(r.grade() == null || !grades.containsKey(r.grade()) ? Summary.NOT_GRADED : r.grade(), 1, Integer::sum);
        }
        return new Summary(rows.size(), targets, monitoring, scored, submitted, filed, reportsSubmitted, reportsFiled, published,
                late, grades);
    }

    private static boolean submitted(BoardRow.Step step) {
        return step.status() != null && ReviewStatus.valueOf(step.status()).submitted();
    }

    /** The columns of the CSV and XLSX export, and each row's values in that order. */
    public static List<String> exportHeaders(List<String> checkpoints) {
        List<String> headers = new ArrayList<>(List.of("部门编码", "部门名称", "绩效目标", "目标申报"));
        checkpoints.forEach(c -> {
            headers.add("绩效监控 " + c);
            headers.add("监控报送 " + c);
        });
        headers.addAll(List.of("自评状态", "自评提交", "自评得分", "自评等级", "自评报告", "报告提交", "已公开版本", "逾期事项"));
        return headers;
    }

    /** The checkpoints any row shows, in order. */
    public List<String> checkpoints() {
        return rows.stream().flatMap(r -> r.monitoring().stream()).map(BoardRow.Step::checkpoint).distinct().sorted().toList();
    }

    public static List<Object> exportValues(BoardRow r, List<String> checkpoints) {
        List<Object> values = new ArrayList<>(List.of(r.department(), text(r.name()), text(r.targets().status()),
                r.targets().timeliness().name()));
        for (String c : checkpoints) {
            BoardRow.Step m = r.monitoring().stream().filter(s -> c.equals(s.checkpoint())).findFirst().orElse(null);
            values.add(m == null ? "" : text(m.status()));
            values.add(m == null ? "" : m.timeliness().name());
        }
        values.add(text(r.evaluation().status()));
        values.add(r.evaluation().timeliness().name());
        values.add(r.score() == null ? "" : r.score());
        values.add(text(r.grade()));
        values.add(text(r.report().status()));
        values.add(r.report().timeliness().name());
        values.add(r.publishedVersion() == null ? "" : String.valueOf(r.publishedVersion()));
        values.add(String.join("、", r.late()));
        return values;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
