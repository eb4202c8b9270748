package org.jixiao.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.evaluation.client.BudgetExecution;
import org.jixiao.evaluation.client.BudgetGateway;
import org.jixiao.evaluation.client.Fetched;
import org.jixiao.evaluation.client.ProjectBudget;
import org.jixiao.evaluation.config.MonitoringConfig;
import org.jixiao.evaluation.domain.MonitoringEntry;
import org.jixiao.evaluation.domain.MonitoringMoney;
import org.jixiao.evaluation.domain.MonitoringRules;
import org.jixiao.evaluation.domain.MonitoringStatus;
import org.jixiao.evaluation.domain.TargetContent;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.domain.TargetStatus;
import org.jixiao.evaluation.repository.MonitoringRecordEntity;
import org.jixiao.evaluation.repository.MonitoringRepository;
import org.jixiao.evaluation.repository.TargetRepository;
import org.jixiao.evaluation.repository.TargetSetEntity;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.peer.PeerAccessDeniedException;
import org.jixiao.platform.peer.PeerRejectedException;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Caller;

/**
 * Performance monitoring (绩效运行监控, "双监控", docs/monitoring.md): at a configured checkpoint the department (or
 * finance) reports each indicator of its APPROVED targets; the service asks budget-service for the execution as of the
 * checkpoint, applies {@link MonitoringRules} and stores the record, replacing an earlier one of the same checkpoint.
 * Who may read and write is the target set's rule (TargetService's readable and writable).
 */
@ApplicationScoped
@Startup // reads the checkpoints and thresholds at start: a bad configuration stops the service, not a request
public class MonitoringService {
    static final String ENTITY = "target-monitoring";

    private final TargetService targetSets;
    private final TargetRepository targets;
    private final MonitoringRepository records;
    private final BudgetGateway budget;
    private final Caller caller;
    private final AuditTrail audit;
    private final List<MonthDay> checkpoints;
    private final MonitoringRules.Settings settings;

    public MonitoringService(TargetService targetSets, TargetRepository targets, MonitoringRepository records,
                             BudgetGateway budget, Caller caller, AuditTrail audit, MonitoringConfig config) {
        this.targetSets = targetSets;
        this.targets = targets;
        this.records = records;
        this.budget = budget;
        this.caller = caller;
        this.audit = audit;
        this.checkpoints = config.checkpointDays();
        this.settings = config.settings();
    }

    /** What the checks before the peer call found: the approved version the report was checked against. */
    private record Checked(String department, int year, TargetScope scope, String projectKey, int version,
                           TargetContent content) {
    }

    /** The money as read from budget-service, and its answer as fetched. */
    private record Money(MonitoringMoney money, String snapshot, OffsetDateTime fetchedAt) {
    }

    /**
     * Records a checkpoint: everything that needs no peer is checked first (403, 404, 409 not approved, 422 checkpoint
     * or report), then budget-service is asked with no transaction held, then the record is stored with its audit
     * entry, provided the targets did not change meanwhile (409).
     */
    public MonitoringView record(long id, LocalDate checkpoint, List<MonitoringEntry> entries) {
        Checked checked = QuarkusTransaction.requiringNew().call(() -> check(id, checkpoint, entries));
        Money money = fetch(checked, checkpoint);
        MonitoringRules.Assessment assessment = MonitoringRules.assess(settings, checked.content(), entries, money.money());
        return QuarkusTransaction.requiringNew().call(() -> store(id, checkpoint, checked, assessment, money));
    }

    /** Every checkpoint recorded for a target set, earliest first. */
    public List<MonitoringView> list(long id) {
        targetSets.readable(id);
        return records.of(id).stream().map(this::view).toList();
    }

    public MonitoringView get(long id, LocalDate checkpoint) {
        targetSets.readable(id);
        return records.at(id, checkpoint).map(this::view).orElseThrow(() -> ProblemException.notFound(
                "target set " + id + " has no monitoring at " + checkpoint));
    }

    /** The city-wide view: sets in the status asked for (by default YELLOW and RED) that the caller may see. */
    public Page<MonitoringSummary> city(Integer year, LocalDate checkpoint, MonitoringStatus status, String department,
                                        PageRequest request) {
        Page<MonitoringRecordEntity> page = records.search(caller.departmentScope().orElse(null), department, year,
                checkpoint, status, request);
        return Page.of(page.items().stream().map(this::summary).toList(), page.total(), request);
    }

    /**
     * Each department's overall status at a checkpoint (the worst of its sets recorded there), filtered by status when
     * given, by department code.
     */
    public Page<DepartmentMonitoring> departments(LocalDate checkpoint, MonitoringStatus status, String department,
                                                  PageRequest request) {
        Map<String, Map<MonitoringStatus, Long>> counts = new LinkedHashMap<>();
        for (Object[] row : records.statusCounts(caller.departmentScope().orElse(null), department, checkpoint)) {
            counts.computeIfAbsent((String) row[0], d -> new EnumMap<>(MonitoringStatus.class))
                    .put((MonitoringStatus) row[1], (Long) row[2]);
        }
        List<DepartmentMonitoring> all = new ArrayList<>();
        counts.forEach((code, byStatus) -> {
            MonitoringStatus worst = byStatus.keySet().stream().reduce(MonitoringStatus.GREEN, MonitoringStatus::worst);
            long green = byStatus.getOrDefault(MonitoringStatus.GREEN, 0L);
            long yellow = byStatus.getOrDefault(MonitoringStatus.YELLOW, 0L);
            long red = byStatus.getOrDefault(MonitoringStatus.RED, 0L);
            if (status == null || status == worst) {
                all.add(new DepartmentMonitoring(code, checkpoint, worst, worst.label(), green + yellow + red, green, yellow, red));
            }
        });
        int from = Math.min(request.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + request.size(), all.size())), all.size(), request);
    }

    private Checked check(long id, LocalDate checkpoint, List<MonitoringEntry> entries) {
        TargetSetEntity set = targetSets.writable(id, TargetService.WRITERS);
        if (set.status != TargetStatus.APPROVED) {
            throw ProblemException.conflict("target set " + id + " is " + set.status
                    + ": only APPROVED targets are monitored (批复后开展运行监控)");
        }
        // compared as dates of the set's year: a configured 02-29 is 02-28 in a common year, as listed in the message
        if (checkpoints.stream().noneMatch(d -> d.atYear(set.year).equals(checkpoint))) {
            String configured = checkpoints.stream().map(d -> d.atYear(set.year).toString()).collect(Collectors.joining(", "));
            throw ProblemException.unprocessable(checkpoint + " is not a monitoring checkpoint of " + set.year,
                    List.of(new FieldError("checkpoint", "must be one of " + configured + " (jixiao.monitoring.checkpoints)")));
        }
        TargetContent content = targets.content(set);
        List<FieldError> problems = MonitoringRules.report(set.scope, content, entries);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the monitoring report is not valid: " + problems.size() + " problem(s)",
                    problems);
        }
        return new Checked(set.department, set.year, set.scope, set.projectKey, set.currentVersion, content);
    }

    /**
     * budget-service's execution as of the checkpoint: a project's lines (every funding source) for a PROJECT set, the
     * department's whole budget (scope ALL) for a DEPARTMENT set. Its refusal (401/403) is the caller's; anything else
     * it refuses (404: no line of that project that year) is a 422 naming what the set names.
     */
    private Money fetch(Checked set, LocalDate checkpoint) {
        String asOf = checkpoint.toString();
        try {
            if (set.scope() == TargetScope.PROJECT) {
                Fetched<ProjectBudget> project = budget.projectExecution(set.department(), set.year(), set.projectKey(), asOf);
                ProjectBudget p = project.value();
                return new Money(money("PROJECT", asOf, p.total(), p.progress(), p.timeProgress(), p.status()),
                        records.write(project.raw()), OffsetDateTime.now());
            }
            Fetched<BudgetExecution> execution = budget.execution(set.department(), set.year(), asOf, "ALL");
            BudgetExecution e = execution.value();
            return new Money(money("ALL", asOf, e.total(), e.progress(), e.timeProgress(), e.status()),
                    records.write(execution.raw()), OffsetDateTime.now());
        } catch (PeerAccessDeniedException e) {
            throw e;
        } catch (PeerRejectedException e) {
            boolean project = set.scope() == TargetScope.PROJECT;
            throw ProblemException.unprocessable("budget-service has no execution for " + (project ? "project "
                    + set.projectKey() + " of " : "") + set.department() + " in " + set.year() + " (" + e.status() + ")",
                    List.of(new FieldError(project ? "projectKey" : "department", project
                            ? "budget-service has no budget line of this project in " + set.year() : e.getMessage())));
        }
    }

    private static MonitoringMoney money(String scope, String asOf, BudgetExecution.Amounts total,
                                         BigDecimal progress, BigDecimal timeProgress, String status) {
        return new MonitoringMoney(scope, asOf, total == null ? null : cents(total.initialBudget()),
                total == null ? null : cents(total.adjustedBudget()), total == null ? null : cents(total.spent()),
                cents(progress), cents(timeProgress), status);
    }

    /** Yuan and percent leave with 2 decimals (HALF_UP), as the API promises, whatever the peer sent. */
    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private MonitoringView store(long id, LocalDate checkpoint, Checked checked, MonitoringRules.Assessment assessment,
                                 Money money) {
        TargetSetEntity set = targetSets.writable(id, TargetService.WRITERS);
        if (set.status != TargetStatus.APPROVED || set.currentVersion != checked.version()) {
            throw ProblemException.conflict("target set " + id + " changed while budget-service was asked (now "
                    + set.status + ", version " + set.currentVersion + "): record the checkpoint again");
        }
        MonitoringRecordEntity record = records.at(id, checkpoint).orElse(null);
        Map<String, Object> before = record == null ? null : auditSummary(record);
        if (record == null) {
            record = new MonitoringRecordEntity();
            record.targetSetId = id;
            record.checkpoint = checkpoint;
            record.department = set.department;
            record.year = set.year;
            record.scope = set.scope;
            record.projectKey = set.projectKey;
        }
        record.projectName = set.projectName;
        record.targetVersion = checked.version();
        record.indicators = records.write(assessment.indicators());
        record.money = records.write(money.money());
        record.budgetSnapshot = money.snapshot();
        record.fetchedAt = money.fetchedAt();
        record.status = assessment.status();
        record.reasons = records.write(assessment.reasons());
        record.recordedBy = caller.subject();
        record.recordedAt = OffsetDateTime.now();
        if (record.id == null) {
            records.persist(record);
        }
        records.flush();
        audit.record(before == null ? "record" : "replace", ENTITY, id + "/" + checkpoint, before, auditSummary(record));
        return view(record);
    }

    /** What the audit trail keeps of a record: the checkpoint, version, status, reason codes and the money's progress. */
    private Map<String, Object> auditSummary(MonitoringRecordEntity record) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("department", record.department);
        summary.put("checkpoint", record.checkpoint.toString());
        summary.put("targetVersion", record.targetVersion);
        summary.put("status", record.status);
        summary.put("reasons", records.reasons(record).stream().map(r -> r.code() + (r.indicator() == null ? ""
                : " " + r.indicator())).toList());
        MonitoringMoney money = records.money(record);
        summary.put("progress", money.progress());
        summary.put("timeProgress", money.timeProgress());
        summary.put("recordedBy", record.recordedBy);
        return summary;
    }

    private MonitoringView view(MonitoringRecordEntity r) {
        return new MonitoringView(r.id, r.targetSetId, r.department, r.year, r.scope, r.projectKey, r.projectName,
                r.checkpoint, r.targetVersion, r.status, r.status.label(), records.reasons(r), records.money(r),
                records.indicators(r), r.fetchedAt, r.recordedBy, r.recordedAt);
    }

    private MonitoringSummary summary(MonitoringRecordEntity r) {
        return new MonitoringSummary(r.id, r.targetSetId, r.department, r.year, r.checkpoint, r.scope, r.projectKey,
                r.projectName, r.status, r.status.label(), records.reasons(r), records.money(r));
    }
}
