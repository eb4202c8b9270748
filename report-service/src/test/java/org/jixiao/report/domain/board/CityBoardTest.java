package org.jixiao.report.domain.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.workflow.Timeliness;
import org.jixiao.report.domain.data.CityDepartments;
import org.jixiao.report.domain.data.Cycle;
import org.jixiao.report.domain.data.CycleProgress;
import org.jixiao.report.domain.data.CycleProgress.DepartmentProgress;
import org.jixiao.report.domain.data.CycleProgress.EvaluationStep;
import org.jixiao.report.domain.data.CycleProgress.Step;
import org.junit.jupiter.api.Test;

/** A city of four departments through the 2021 cycle, judged on 2022-05-10 (every deadline passed). */
class CityBoardTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 5, 10);
    private static final Cycle CYCLE = new Cycle(2021, LocalDate.of(2021, 3, 31), Map.of("06-30", LocalDate.of(2021, 7, 15)),
            LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 30));
    private static final OffsetDateTime EARLY = OffsetDateTime.of(2021, 3, 1, 2, 0, 0, 0, ZoneOffset.UTC);

    private static CityBoard city() {
        CityDepartments departments = new CityDepartments(List.of(new CityDepartments.Entry("A", "甲局"),
                new CityDepartments.Entry("B", "乙委"), new CityDepartments.Entry("C", "丙镇人民政府")), 3);
        CycleProgress progress = new CycleProgress(2021, List.of(
                // A: everything on time, filed, 93.16 优
                new DepartmentProgress("A", new Step(null, "APPROVED", EARLY, CYCLE.targets(), Timeliness.ON_TIME),
                        List.of(new Step("06-30", "GREEN", EARLY, LocalDate.of(2021, 7, 15), Timeliness.ON_TIME)),
                        new EvaluationStep(1, "FILED", new BigDecimal("93.16"), "优", EARLY, CYCLE.selfEvaluation(), Timeliness.ON_TIME)),
                // B: targets late, no monitoring, evaluation scored 78.50 中 but still a draft
                new DepartmentProgress("B", new Step(null, "APPROVED", EARLY, CYCLE.targets(), Timeliness.LATE), List.of(),
                        new EvaluationStep(2, "DRAFT", new BigDecimal("78.50"), "中", null, CYCLE.selfEvaluation(), Timeliness.OVERDUE)),
                // X: known to evaluation-service only (removed from budget-service): still listed
                new DepartmentProgress("X", null, List.of(), null)));
        List<ReportProgress> reports = List.of(
                new ReportProgress("A", 10, "FILED", Instant.parse("2022-04-01T02:00:00Z"), 2),
                new ReportProgress("B", 11, "RETURNED", Instant.parse("2022-04-29T02:00:00Z"), null));
        return CityBoard.of(departments, progress, reports, CYCLE, TODAY);
    }

    @Test
    void everyDepartmentWithEachStepAgainstItsDeadline() {
        CityBoard board = city();
        assertThat(board.rows()).extracting(BoardRow::department).containsExactly("A", "B", "C", "X");
        BoardRow a = board.rows().get(0);
        assertThat(a.late()).isEmpty();
        assertThat(a.score()).isEqualByComparingTo("93.16");
        assertThat(a.report().timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(a.publishedVersion()).isEqualTo(2);
        BoardRow b = board.rows().get(1);
        // returned: submitted once, but not done; the report deadline passed
        assertThat(b.report().timeliness()).isEqualTo(Timeliness.OVERDUE);
        assertThat(b.monitoring()).singleElement().satisfies(m -> {
            assertThat(m.status()).isNull();
            assertThat(m.timeliness()).isEqualTo(Timeliness.OVERDUE);
        });
        assertThat(b.late()).containsExactly("绩效目标", "绩效监控 06-30", "自评", "自评报告");
        BoardRow c = board.rows().get(2);
        assertThat(c.name()).isEqualTo("丙镇人民政府");
        assertThat(c.targets().status()).isNull();
        assertThat(c.late()).hasSize(4);
        assertThat(board.rows().get(3).name()).isNull();
    }

    @Test
    void theCitysCountsAndGradeDistribution() {
        CityBoard.Summary s = city().summary();
        assertThat(s.departments()).isEqualTo(4);
        assertThat(s.targetsApproved()).isEqualTo(2);
        assertThat(s.monitoringRecorded()).containsExactly(Map.entry("06-30", 1));
        assertThat(s.evaluationsScored()).isEqualTo(2);
        assertThat(s.evaluationsSubmitted()).isEqualTo(1);
        assertThat(s.evaluationsFiled()).isEqualTo(1);
        assertThat(s.reportsSubmitted()).isEqualTo(1);
        assertThat(s.reportsFiled()).isEqualTo(1);
        assertThat(s.reportsPublished()).isEqualTo(1);
        assertThat(s.late()).isEqualTo(3);
        assertThat(s.grades()).containsExactly(Map.entry("优", 1), Map.entry("良", 0), Map.entry("中", 1), Map.entry("差", 0),
                Map.entry("未评", 2));
    }

    @Test
    void filtersNarrowTheRows() {
        CityBoard board = city();
        assertThat(board.filter(new CityBoard.Filter(true, null, null, null, null))).extracting(BoardRow::department)
                .containsExactly("B", "C", "X");
        assertThat(board.filter(new CityBoard.Filter(null, "未评", null, null, null))).extracting(BoardRow::department)
                .containsExactly("C", "X");
        assertThat(board.filter(new CityBoard.Filter(null, null, "DRAFT", null, null))).extracting(BoardRow::department)
                .containsExactly("B");
        assertThat(board.filter(new CityBoard.Filter(null, null, null, "NONE", null))).extracting(BoardRow::department)
                .containsExactly("C", "X");
        assertThat(board.filter(new CityBoard.Filter(null, null, null, null, "镇"))).extracting(BoardRow::department)
                .containsExactly("C");
    }

    @Test
    void beforeTheDeadlinesNothingIsLate() {
        CityBoard board = CityBoard.of(new CityDepartments(List.of(new CityDepartments.Entry("C", "丙")), 1),
                new CycleProgress(2021, List.of()), List.of(), CYCLE, LocalDate.of(2021, 1, 5));
        assertThat(board.rows().get(0).late()).isEmpty();
        assertThat(board.rows().get(0).targets().timeliness()).isEqualTo(Timeliness.OPEN);
        assertThat(CityBoard.exportHeaders(board.checkpoints())).contains("绩效监控 06-30", "自评等级", "逾期事项");
        assertThat(CityBoard.exportValues(board.rows().get(0), board.checkpoints())).startsWith("C", "丙", "", "OPEN");
    }
}
