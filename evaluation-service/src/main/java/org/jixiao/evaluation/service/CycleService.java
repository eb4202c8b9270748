package org.jixiao.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.config.MonitoringConfig;
import org.jixiao.evaluation.domain.CycleDeadlines;
import org.jixiao.evaluation.domain.DepartmentProgress;
import org.jixiao.evaluation.repository.CycleRepository;
import org.jixiao.evaluation.repository.ScoreResultRepository;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.workflow.Timeliness;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** The city's deadlines for a year's cycle (docs/workflow.md): set by the finance bureau, read by everyone. */
@ApplicationScoped
public class CycleService {
    private final CycleRepository cycles;
    private final MonitoringConfig monitoring;
    private final AuditTrail audit;
    private final ScoreResultRepository results;

    public CycleService(CycleRepository cycles, MonitoringConfig monitoring, AuditTrail audit, ScoreResultRepository results) {
        this.results = results;
        this.cycles = cycles;
        this.monitoring = monitoring;
        this.audit = audit;
    }

    public CycleDeadlines get(int year) {
        return CycleDeadlines.of(year, cycles.deadlines(year));
    }

    /**
     * Sets the year's deadlines (all of them: an item left out has none). A monitoring deadline must name a configured
     * checkpoint and fall after it; every deadline falls within the year or the next (the self-evaluation and the
     * report are due the year after).
     */
    @Transactional
    public CycleDeadlines put(CycleDeadlines deadlines) {
        List<FieldError> problems = new ArrayList<>();
        List<String> checkpoints = monitoring.checkpointDays().stream().map(d -> String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth())).toList();
        deadlines.monitoring().forEach((checkpoint, due) -> {
            if (!checkpoints.contains(checkpoint)) {
                problems.add(new FieldError("monitoring." + checkpoint, "is not a monitoring checkpoint; the checkpoints are " + checkpoints));
            } else if (!due.isAfter(LocalDate.parse(deadlines.year() + "-" + checkpoint))) {
                problems.add(new FieldError("monitoring." + checkpoint, "must fall after the checkpoint " + deadlines.year() + "-" + checkpoint));
            }
        });
        deadlines.byItem().forEach((item, due) -> {
            if (due.getYear() < deadlines.year() - 1 || due.getYear() > deadlines.year() + 1) {
                problems.add(new FieldError(field(item), "must fall between " + (deadlines.year() - 1) + " and " + (deadlines.year() + 1)));
            }
        });
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the deadlines are not valid: " + problems.size() + " problem(s)", problems);
        }
        Map<String, LocalDate> before = cycles.deadlines(deadlines.year());
        cycles.replace(deadlines.year(), deadlines.byItem());
        audit.record("update", "cycle-deadlines", String.valueOf(deadlines.year()), before, deadlines.byItem());
        return get(deadlines.year());
    }

    /**
     * Every department's progress in the year as evaluation-service knows it (departments without any step are not
     * listed: the board adds them from budget-service). Against the year's deadlines; open items judged today.
     */
    public DepartmentProgress.OfYear progress(int year) {
        CycleDeadlines deadlines = get(year);
        LocalDate today = LocalDate.now(Timeliness.ZONE);
        List<CycleRepository.Done> done = cycles.progress(year);
        Map<Long, ScoreResultRepository.Latest> scores = results.latestTotals(done.stream().map(CycleRepository.Done::evaluationId)
                .filter(java.util.Objects::nonNull).toList());
        Map<String, List<CycleRepository.Done>> byDepartment = new java.util.TreeMap<>();
        done.forEach(d -> byDepartment.computeIfAbsent(d.department(), k -> new ArrayList<>()).add(d));
        List<DepartmentProgress> progress = new ArrayList<>();
        byDepartment.forEach((department, steps) -> {
            DepartmentProgress.Step targets = null;
            List<DepartmentProgress.Step> monitoring = new ArrayList<>();
            DepartmentProgress.EvaluationStep evaluation = null;
            for (CycleRepository.Done d : steps) {
                switch (d.step()) {
                    case "TARGETS" -> targets = new DepartmentProgress.Step(null, d.status(), d.doneAt(), deadlines.targets(),
                            Timeliness.of(deadlines.targets(), d.doneAt(), today));
                    case "MONITORING" -> {
                        LocalDate due = deadlines.monitoring().get(d.checkpoint());
                        monitoring.add(new DepartmentProgress.Step(d.checkpoint(), d.status(), d.doneAt(), due,
                                Timeliness.of(due, d.doneAt(), today)));
                    }
                    default -> {
                        ScoreResultRepository.Latest score = scores.get(d.evaluationId());
                        boolean submitted = ReviewStatus.valueOf(d.status()).submitted();
                        evaluation = new DepartmentProgress.EvaluationStep(d.evaluationId(), d.status(),
                                score == null ? null : score.total(), score == null ? null : score.grade(), d.doneAt(),
                                deadlines.selfEvaluation(), Timeliness.of(deadlines.selfEvaluation(), submitted ? d.doneAt() : null, today));
                    }
                }
            }
            monitoring.sort(java.util.Comparator.comparing(DepartmentProgress.Step::checkpoint));
            progress.add(new DepartmentProgress(department, targets, monitoring, evaluation));
        });
        return new DepartmentProgress.OfYear(year, progress);
    }

    private static String field(String item) {
        return switch (item) {
            case CycleDeadlines.TARGETS -> "targets";
            case CycleDeadlines.SELF_EVALUATION -> "selfEvaluation";
            case CycleDeadlines.REPORT -> "report";
            default -> "monitoring." + item.substring(CycleDeadlines.MONITORING_PREFIX.length());
        };
    }
}
