package org.jixiao.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.config.MonitoringConfig;
import org.jixiao.evaluation.domain.CycleDeadlines;
import org.jixiao.evaluation.repository.CycleRepository;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** The city's deadlines for a year's cycle (docs/workflow.md): set by the finance bureau, read by everyone. */
@ApplicationScoped
public class CycleService {
    private final CycleRepository cycles;
    private final MonitoringConfig monitoring;
    private final AuditTrail audit;

    public CycleService(CycleRepository cycles, MonitoringConfig monitoring, AuditTrail audit) {
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

    private static String field(String item) {
        return switch (item) {
            case CycleDeadlines.TARGETS -> "targets";
            case CycleDeadlines.SELF_EVALUATION -> "selfEvaluation";
            case CycleDeadlines.REPORT -> "report";
            default -> "monitoring." + item.substring(CycleDeadlines.MONITORING_PREFIX.length());
        };
    }
}
