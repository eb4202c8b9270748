package org.jixiao.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.evaluation.client.BudgetExecution;
import org.jixiao.evaluation.client.BudgetGateway;
import org.jixiao.evaluation.client.CityRanking;
import org.jixiao.evaluation.client.ProjectBudget;
import org.jixiao.evaluation.client.Fetched;
import org.jixiao.evaluation.config.EvaluationConfig;
import org.jixiao.evaluation.domain.BudgetFacts;
import org.jixiao.evaluation.domain.Comparison;
import org.jixiao.evaluation.domain.EvaluationSubject;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.GradePolicy;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.domain.Method;
import org.jixiao.evaluation.domain.ResultsPolicy;
import org.jixiao.evaluation.domain.Rules;
import org.jixiao.evaluation.domain.ScoreOutcome;
import org.jixiao.evaluation.domain.ScoreResult;
import org.jixiao.evaluation.domain.Scorer;
import org.jixiao.evaluation.domain.TargetContent;
import org.jixiao.evaluation.domain.TargetCopy;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.domain.TargetStatus;
import org.jixiao.evaluation.domain.TargetTree;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.repository.EvaluationRepository;
import org.jixiao.evaluation.repository.FrameworkEntity;
import org.jixiao.evaluation.repository.IndicatorInputRepository;
import org.jixiao.evaluation.repository.ScoreResultRepository;
import org.jixiao.evaluation.repository.CycleRepository;
import org.jixiao.evaluation.domain.CycleDeadlines;
import org.jixiao.platform.workflow.Timeliness;
import java.time.LocalDate;
import java.util.stream.Collectors;
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
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.workflow.ReviewRequest;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.workflow.ReviewWorkflow;

/** Evaluations: what is entered, scoring against budget-service data, stored results. */
@ApplicationScoped
public class EvaluationService {
    private final FrameworkService frameworks;
    private final EvaluationRepository evaluations;
    private final IndicatorInputRepository inputs;
    private final ScoreResultRepository results;
    private final BudgetGateway budget;
    private final EvaluationConfig config;
    private final Caller caller;
    private final AuditTrail audit;
    private final TargetRepository targets;
    private final CycleRepository cycles;

    /** The results policy words a score's recommendation, as budget preparation will read it (docs/results.md). */
    private final RecommendationService recommendations;

    public EvaluationService(FrameworkService frameworks, EvaluationRepository evaluations, IndicatorInputRepository inputs,
                             ScoreResultRepository results, BudgetGateway budget, EvaluationConfig config, Caller caller,
                             AuditTrail audit, TargetRepository targets, CycleRepository cycles, RecommendationService recommendations) {
        this.recommendations = recommendations;
        this.targets = targets;
        this.cycles = cycles;
        this.caller = caller;
        this.audit = audit;
        this.frameworks = frameworks;
        this.evaluations = evaluations;
        this.inputs = inputs;
        this.results = results;
        this.budget = budget;
        this.config = config;
    }

    /**
     * Who may open and work on an evaluation of each kind (docs/security.md): finance any; a department its own
     * SELF evaluations; a third party the THIRD_PARTY evaluations of the departments assigned to it.
     */
    static List<String> writers(Kind kind) {
        return switch (kind) {
            case SELF -> List.of(Roles.FINANCE, Roles.DEPARTMENT);
            case FINANCE_REVIEW -> List.of(Roles.FINANCE);
            case THIRD_PARTY -> List.of(Roles.FINANCE, Roles.THIRD_PARTY);
        };
    }

    /**
     * Opens an evaluation. With approved performance targets it reads them: a project's (projectKey) give the
     * indicators of a framework's TARGET_INDICATORS node, a department's give the key tasks of its TASKS node; the
     * evaluation records the target set and version it copied.
     */
    @Transactional
    public Evaluation create(NewEvaluation details) {
        String department = details.department().strip();
        caller.requireWrites("evaluation", null, department, writers(details.kind()));
        FrameworkEntity framework;
        try {
            framework = frameworks.entity(details.framework(), details.frameworkVersion());
        } catch (ProblemException e) {
            throw ProblemException.unprocessable(e.getMessage(), List.of(new FieldError("framework", e.getMessage())));
        }
        FrameworkNode tree = frameworks.tree(framework);
        EvaluationEntity evaluation = new EvaluationEntity();
        evaluation.framework = framework;
        evaluation.department = department;
        evaluation.year = details.year();
        evaluation.kind = details.kind();
        evaluation.lineCode = blankToNull(details.lineCode());
        evaluation.projectKey = blankToNull(details.projectKey());
        Optional<ApprovedTargets> approved = approvedTargets(evaluation, tree);
        approved.ifPresent(a -> {
            evaluation.targetSetId = a.set().id;
            evaluation.targetVersion = a.version();
        });
        evaluations.persist(evaluation);
        if (approved.isPresent() && approved.get().set().scope == TargetScope.DEPARTMENT) {
            evaluations.setTasks(evaluation, TargetCopy.tasks(approved.get().content()));
        }
        Evaluation created = evaluation(evaluation);
        Map<String, Object> summary = new LinkedHashMap<>(Map.of("department", evaluation.department, "year", evaluation.year,
                "kind", evaluation.kind, "framework", framework.code + "@" + framework.version));
        approved.ifPresent(a -> summary.put("targets", a.set().id + "@" + a.version()));
        audit.record("create", "evaluation", String.valueOf(evaluation.id), null, summary);
        return created;
    }

    /** An approved target set's current version, as an evaluation reads it. */
    private record ApprovedTargets(TargetSetEntity set, int version, TargetContent content) {
    }

    /**
     * The approved targets an evaluation reads: a project's when it names a projectKey (required, and approved, when
     * the framework has a TARGET_INDICATORS node), else the department's when the framework has a TASKS node.
     */
    private Optional<ApprovedTargets> approvedTargets(EvaluationEntity evaluation, FrameworkNode tree) {
        boolean needsProjectTargets = TargetTree.hasTargetIndicators(tree);
        if (evaluation.projectKey != null && evaluation.lineCode != null) {
            throw ProblemException.unprocessable("an evaluation is of a budget line or of a project, not both",
                    List.of(new FieldError("projectKey", "give either lineCode (the fixed PROJECT framework) or projectKey")));
        }
        if (needsProjectTargets && evaluation.projectKey == null) {
            throw ProblemException.unprocessable("framework " + evaluation.framework.code + " scores a project's approved "
                    + "targets: name the project", List.of(new FieldError("projectKey", "is required by framework "
                    + evaluation.framework.code)));
        }
        if (evaluation.projectKey != null) {
            Optional<ApprovedTargets> project = approved(evaluation, TargetScope.PROJECT, evaluation.projectKey);
            if (project.isEmpty() && needsProjectTargets) {
                String state = targets.find(evaluation.department, evaluation.year, TargetScope.PROJECT, evaluation.projectKey)
                        .map(s -> "its targets are " + s.status).orElse("no targets were declared");
                throw ProblemException.unprocessable("project " + evaluation.projectKey + " of " + evaluation.department + " has no "
                        + "approved performance targets for " + evaluation.year + " (" + state + ")", List.of(new FieldError(
                        "projectKey", "no approved performance targets (绩效目标) in " + evaluation.year + ": " + state)));
            }
            return needsProjectTargets ? project : Optional.empty();
        }
        boolean takesTasks = tree.flatten().anyMatch(n -> n.method() == Method.TASKS);
        return takesTasks ? approved(evaluation, TargetScope.DEPARTMENT, null) : Optional.empty();
    }

    private Optional<ApprovedTargets> approved(EvaluationEntity evaluation, TargetScope scope, String projectKey) {
        return targets.find(evaluation.department, evaluation.year, scope, projectKey)
                .filter(s -> s.status == TargetStatus.APPROVED && s.currentVersion != null)
                .map(s -> new ApprovedTargets(s, s.currentVersion, targets.content(targets.version(s.id, s.currentVersion)
                        .orElseThrow())));
    }

    private Optional<ApprovedTargets> approved(EvaluationEntity evaluation) {
        if (evaluation.targetSetId == null) {
            return Optional.empty();
        }
        TargetSetEntity set = targets.findById(evaluation.targetSetId);
        return Optional.of(new ApprovedTargets(set, evaluation.targetVersion,
                targets.content(targets.version(set.id, evaluation.targetVersion).orElseThrow())));
    }

    /** The evaluation's tree: its framework's, with a project's approved indicators in place of TARGET_INDICATORS. */
    private FrameworkNode tree(EvaluationEntity evaluation) {
        return tree(evaluation, approved(evaluation));
    }

    private FrameworkNode tree(EvaluationEntity evaluation, Optional<ApprovedTargets> approved) {
        FrameworkNode tree = frameworks.tree(evaluation.framework);
        return approved.isPresent() && approved.get().set().scope == TargetScope.PROJECT
                ? TargetTree.expand(tree, approved.get().content()) : tree;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Evaluation get(long id) {
        return evaluation(readable(id));
    }

    /** Evaluations by id, filtered by department, year and kind when given, and by what the caller may see. */
    public Page<Evaluation> list(String department, Integer year, Kind kind, String projectKey, EvaluationSubject subject,
                                 ReviewStatus status, PageRequest request) {
        Page<EvaluationEntity> page = evaluations.search(department, caller.departmentScope().orElse(null), year, kind,
                projectKey, subject, status, request);
        return Page.of(evaluations(page.items()), page.total(), request);
    }

    @Transactional
    public Evaluation putTasks(long id, List<KeyTask> tasks) {
        EvaluationEntity evaluation = writable(id);
        List<KeyTask> before = evaluations.tasks(evaluation);
        Optional<ApprovedTargets> approved = approved(evaluation).filter(a -> a.set().scope == TargetScope.DEPARTMENT);
        if (approved.isPresent()) {
            TargetCopy.Merged merged = TargetCopy.merge(TargetCopy.tasks(approved.get().content()), tasks, approved.get().version());
            if (!merged.problems().isEmpty()) {
                throw ProblemException.unprocessable("the key tasks come from the approved performance targets: enter "
                        + "results only (" + merged.problems().size() + " problem(s))", merged.problems());
            }
            tasks = merged.tasks();
        }
        FrameworkNode tasksNode = frameworks.tree(evaluation.framework).flatten()
                .filter(n -> n.method() == Method.TASKS).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("framework " + evaluation.framework.code
                        + " has no TASKS node: it takes no key tasks", List.of(new FieldError("tasks", "not used by this framework"))));
        List<FieldError> problems = Rules.tasks(tasksNode.points(), tasks);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the key tasks are not valid: " + problems.size() + " problem(s)", problems);
        }
        evaluations.setTasks(evaluation, tasks);
        evaluation.updatedAt = OffsetDateTime.now();
        audit.record("update", "evaluation-tasks", String.valueOf(id), taskSummary(before), taskSummary(tasks));
        return evaluation(evaluation);
    }

    @Transactional
    public IndicatorInput putInput(long id, String code, IndicatorInput input) {
        EvaluationEntity evaluation = writable(id);
        FrameworkNode node = tree(evaluation).flatten().filter(n -> n.code().equals(code))
                .findFirst().orElseThrow(() -> ProblemException.notFound("framework " + evaluation.framework.code
                        + " has no indicator " + code));
        List<FieldError> problems = Rules.input(node, input);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the input for " + code + " (" + node.method() + ") is not valid", problems);
        }
        IndicatorInput before = inputs.of(id).get(code);
        inputs.put(id, code, input);
        evaluation.updatedAt = OffsetDateTime.now();
        audit.record("update", "indicator-input", id + "/" + code, before, input);
        return input;
    }

    /** The evaluation's tree (with a project's approved indicators in place), if the caller may read it. */
    public FrameworkNode readableTree(long id) {
        return tree(readable(id));
    }

    /** The evaluation's tree, if the caller may enter its inputs (checked before a sheet is read). */
    public FrameworkNode writableTree(long id) {
        return tree(writable(id));
    }

    /** The inputs entered so far, if the caller may read the evaluation. */
    public Map<String, IndicatorInput> readableInputs(long id) {
        readable(id);
        return inputs.of(id);
    }

    /**
     * Several indicators' inputs at once (a sheet of actuals), already checked against their methods: one transaction,
     * an audit record per indicator, as if each had been PUT.
     */
    @Transactional
    public int putInputs(long id, Map<String, IndicatorInput> entered) {
        EvaluationEntity evaluation = writable(id);
        Map<String, IndicatorInput> before = inputs.of(id);
        entered.forEach((code, input) -> {
            inputs.put(id, code, input);
            audit.record("update", "indicator-input", id + "/" + code, before.get(code), input);
        });
        evaluation.updatedAt = OffsetDateTime.now();
        return entered.size();
    }

    /**
     * 实际完成情况 of the 年度总体目标 (the 项目支出绩效自评表's row beside the goal), for an evaluation from approved
     * targets; it reaches the result at the next scoring, like the actuals.
     */
    @Transactional
    public Evaluation putGoalOutcome(long id, String outcome) {
        EvaluationEntity evaluation = writable(id);
        if (evaluation.targetSetId == null) {
            throw ProblemException.unprocessable("evaluation " + id + " has no 年度总体目标: it is not scored from approved "
                    + "performance targets", List.of(new FieldError("outcome", "only an evaluation from approved targets has one")));
        }
        String before = evaluation.goalOutcome;
        evaluation.goalOutcome = outcome.strip();
        evaluation.updatedAt = OffsetDateTime.now();
        audit.record("update", "evaluation-goal-outcome", String.valueOf(id), before, evaluation.goalOutcome);
        return evaluation(evaluation);
    }

    /**
     * The department (or whoever works on the evaluation) submits it to the finance bureau: DRAFT or RETURNED →
     * SUBMITTED. It must be scored since its last change, so what finance reviews is what the inputs give.
     */
    @Transactional
    public Evaluation submit(long id) {
        EvaluationEntity evaluation = find(id);
        caller.requireWrites("evaluation", String.valueOf(id), evaluation.department, writers(evaluation.kind));
        ReviewStatus next = ReviewWorkflow.submit("evaluation " + id, evaluation.status);
        OffsetDateTime scoredAt = results.latestTotals(List.of(id)).values().stream().findFirst()
                .map(ScoreResultRepository.Latest::scoredAt).orElse(null);
        if (scoredAt == null || scoredAt.isBefore(evaluation.updatedAt)) {
            throw ProblemException.conflict("evaluation " + id + (scoredAt == null ? " has not been scored"
                    : " changed after it was last scored") + ": score it (POST …/score) before submitting");
        }
        return transition(evaluation, "submit", next, null);
    }

    /** The finance bureau reviews a SUBMITTED evaluation: accepts it (REVIEWED) or returns it with comments (RETURNED). */
    @Transactional
    public Evaluation review(long id, ReviewRequest request) {
        EvaluationEntity evaluation = find(id);
        ReviewStatus next = ReviewWorkflow.review("evaluation " + id, evaluation.status, request);
        evaluation.reviewComment = ReviewWorkflow.comment(request);
        evaluation.reviewedAt = OffsetDateTime.now();
        return transition(evaluation, "review", next, evaluation.reviewComment);
    }

    /** The finance bureau files (备案) a REVIEWED evaluation: it no longer changes. */
    @Transactional
    public Evaluation file(long id) {
        EvaluationEntity evaluation = find(id);
        ReviewStatus next = ReviewWorkflow.file("evaluation " + id, evaluation.status);
        evaluation.filedAt = OffsetDateTime.now();
        return transition(evaluation, "file", next, null);
    }

    private Evaluation transition(EvaluationEntity evaluation, String action, ReviewStatus next, String comment) {
        ReviewStatus before = evaluation.status;
        evaluation.status = next;
        if (next == ReviewStatus.SUBMITTED) {
            evaluation.submittedAt = OffsetDateTime.now();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", next);
        if (comment != null) {
            after.put("comment", comment);
        }
        audit.record(action, "evaluation", String.valueOf(evaluation.id), Map.of("status", before), after);
        return evaluation(evaluation);
    }

    /** Timings of the last scoring, for the Server-Timing header: budget-service call vs the rest. */
    public record Timed(ScoreResult result, long budgetMillis, long scoringMillis) {
    }

    /** Fetches the budget (no transaction held meanwhile), scores, stores the result. */
    public Timed score(long id) {
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> load(id));
        EvaluationEntity evaluation = loaded.evaluation();
        requireWrites(evaluation);
        long start = System.nanoTime();
        String asOf = evaluation.year + "-12-31";
        Fetched<BudgetExecution> municipal = null;
        Fetched<BudgetExecution> all = null;
        Fetched<ProjectBudget> project = null;
        Fetched<CityRanking> ranking = null;
        try {
            if (evaluation.projectKey != null) {
                project = budget.projectExecution(evaluation.department, evaluation.year, evaluation.projectKey, asOf);
            } else {
                municipal = budget.execution(evaluation.department, evaluation.year, asOf, "MUNICIPAL");
                all = needsAllFunds(loaded.tree(), evaluation.lineCode, municipal.value())
                        ? budget.execution(evaluation.department, evaluation.year, asOf, "ALL") : null;
            }
            Optional<FrameworkNode> rankingNode = loaded.tree().flatten().filter(n -> n.method() == Method.RANKING).findFirst();
            if (rankingNode.isPresent()) {
                ranking = budget.ranking(evaluation.year, asOf,
                        String.valueOf(rankingNode.get().params().getOrDefault("scope", "MUNICIPAL")));
            }
        } catch (PeerAccessDeniedException e) {
            throw e;
        } catch (PeerRejectedException e) {
            String field = evaluation.projectKey != null ? "projectKey" : "department";
            throw ProblemException.unprocessable("budget-service has no execution data for " + evaluation.department
                    + (evaluation.projectKey != null ? " project " + evaluation.projectKey : "") + " in " + evaluation.year
                    + " (" + e.status() + ")", List.of(new FieldError(field, e.getMessage())));
        }
        OffsetDateTime fetchedAt = OffsetDateTime.now();
        long budgetMillis = (System.nanoTime() - start) / 1_000_000;
        long scoringStart = System.nanoTime();
        BudgetFacts facts = project != null ? project.value().facts()
                : BudgetExecution.facts(municipal.value(), all == null ? null : all.value());
        if (ranking != null) {
            Integer rank = ranking.value().rankOf(evaluation.department);
            facts = facts.withRank(rank == null ? null
                    : new BudgetFacts.Rank(rank, ranking.value().departments().size(), ranking.value().asOf()));
        }
        if (evaluation.lineCode != null && !facts.lines().containsKey(evaluation.lineCode)) {
            throw ProblemException.unprocessable("budget line " + evaluation.lineCode + " has no budget in "
                    + evaluation.year, List.of(new FieldError("lineCode", "unknown in budget-service")));
        }
        String subject = evaluation.projectKey != null ? evaluation.projectKey : evaluation.lineCode;
        ScoreOutcome outcome = new Scorer(config.scorerSettings()).score(loaded.tree(),
                new Scorer.Inputs(loaded.inputs(), loaded.tasks(), facts, subject, evaluation.projectKey != null
                        ? "project " + evaluation.projectKey : subject == null ? null : "line " + subject));
        GradePolicy.Band grade = config.gradePolicy().gradeOf(outcome.total());
        ResultsPolicy.Advice advice = recommendations.advice(grade.code(),
                subject == null ? EvaluationSubject.DEPARTMENT : EvaluationSubject.PROJECT);
        ScoreResult result = new ScoreResult(id, evaluation.framework.code, evaluation.framework.version,
                evaluation.department, evaluation.year, evaluation.kind, evaluation.lineCode, outcome.total(), grade.label(),
                grade.code(), advice == null ? null : advice.statement(), OffsetDateTime.now(), outcome.nodes(), outcome.tasks(),
                new ScoreResult.BudgetSnapshot(asOf, fetchedAt, project != null ? project.value().lastChangedAt()
                        : municipal.value().lastChangedAt(), municipal == null ? null : municipal.raw(),
                        all == null ? null : all.raw(), project == null ? null : project.raw(),
                        ranking == null ? null : ranking.raw()),
                outcome.warnings(), loaded.targets());
        QuarkusTransaction.requiringNew().run(() -> {
            results.add(result);
            audit.record("score", "evaluation", String.valueOf(id), null, Map.of("total", result.total(), "grade", result.grade()));
        });
        return new Timed(result, budgetMillis, (System.nanoTime() - scoringStart) / 1_000_000);
    }

    public ScoreResult result(long id) {
        readable(id);
        return results.latest(id)
                .orElseThrow(() -> ProblemException.notFound("evaluation " + id + " has not been scored yet (POST .../score)"));
    }

    /**
     * Self-evaluation vs re-evaluations (财政重评 重点评价/抽评, 第三方) for a department and year — or, with a project key,
     * for that project — node by node, from the latest results.
     */
    public Comparison comparison(String department, int year, String projectKey) {
        caller.requireSees("evaluation", department);
        Map<Kind, ScoreResult> latest = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            (projectKey == null ? results.latest(department, year, kind) : results.latest(department, year, kind, projectKey))
                    .ifPresent(r -> latest.put(kind, r));
        }
        if (latest.isEmpty()) {
            throw ProblemException.notFound("no scored evaluation of " + department + (projectKey == null ? "" : " project " + projectKey)
                    + " in " + year);
        }
        return Comparison.of(department, year, latest);
    }

    /** What scoring reads from the database, read in a transaction of its own (entities detached after). */
    private record Loaded(EvaluationEntity evaluation, FrameworkNode tree, Map<String, IndicatorInput> inputs,
                          List<KeyTask> tasks, ScoreResult.Targets targets) {
    }

    private Loaded load(long id) {
        EvaluationEntity e = find(id);
        Optional<ApprovedTargets> approved = approved(e);
        ScoreResult.Targets used = approved.map(a -> new ScoreResult.Targets(a.set().id, a.version(), a.set().scope,
                a.set().projectKey, a.set().projectName, a.content().goal(), e.goalOutcome)).orElse(null);
        return new Loaded(e, tree(e, approved), inputs.of(id), evaluations.tasks(e), used);
    }

    /**
     * Whether scoring needs the all-funds execution as well: a node scoped to ALL funds, or a
     * project line that is not funded by the municipal appropriation.
     */
    private static boolean needsAllFunds(FrameworkNode tree, String lineCode, BudgetExecution municipal) {
        if (tree.flatten().anyMatch(n -> Set.of("ALL", "FISCAL").contains(String.valueOf(n.params().get("scope"))))) {
            return true;
        }
        return lineCode != null && !municipal.hasLine(lineCode);
    }

    private EvaluationEntity find(long id) {
        return evaluations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("evaluation " + id + " does not exist"));
    }

    /** The evaluation, if the caller may read its department's data (403 otherwise). */
    private EvaluationEntity readable(long id) {
        EvaluationEntity evaluation = find(id);
        caller.requireSees("evaluation", evaluation.department);
        return evaluation;
    }

    /** The evaluation, if the caller may work on evaluations of its kind and department (403 otherwise). */
    private EvaluationEntity writable(long id) {
        EvaluationEntity evaluation = find(id);
        requireWrites(evaluation);
        return evaluation;
    }

    /** The caller may work on it (403 otherwise) and it is still DRAFT or RETURNED (409 otherwise). */
    private void requireWrites(EvaluationEntity evaluation) {
        caller.requireWrites("evaluation", String.valueOf(evaluation.id), evaluation.department, writers(evaluation.kind));
        ReviewWorkflow.requireEditable("evaluation " + evaluation.id, evaluation.status);
    }

    private static List<Map<String, Object>> taskSummary(List<KeyTask> tasks) {
        return tasks.stream().map(t -> Map.<String, Object>of("name", t.name(), "points", t.points())).toList();
    }

    /** One evaluation, with the indicators to enter when they come from a project's approved targets. */
    private Evaluation evaluation(EvaluationEntity e) {
        Evaluation evaluation = evaluations(List.of(e)).get(0);
        if (e.projectKey == null || e.targetSetId == null) {
            return evaluation;
        }
        List<FrameworkNode> leaves = tree(e).flatten()
                .filter(n -> Boolean.TRUE.equals(n.params().get(TargetTree.FROM_TARGETS))).toList();
        return evaluation.withTargetIndicators(leaves);
    }

    /** Evaluations with their inputs and latest totals: two queries for a whole page. */
    private List<Evaluation> evaluations(List<EvaluationEntity> entities) {
        List<Long> ids = entities.stream().map(e -> e.id).filter(Objects::nonNull).toList();
        Map<Long, Map<String, IndicatorInput>> entered = inputs.of(ids);
        Map<Long, ScoreResultRepository.Latest> latest = results.latestTotals(ids);
        Map<Integer, LocalDate> due = cycles.due(entities.stream().map(e -> e.year).collect(Collectors.toSet()),
                CycleDeadlines.SELF_EVALUATION);
        LocalDate today = LocalDate.now(Timeliness.ZONE);
        return entities.stream().map(e -> new Evaluation(e, evaluations.tasks(e), entered.getOrDefault(e.id, Map.of()),
                latest.get(e.id), List.of(), due.get(e.year), Timeliness.of(due.get(e.year), e.submittedAt, today))).toList();
    }
}
