package org.jixiao.evaluation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.client.BudgetExecution;
import org.jixiao.evaluation.client.BudgetGateway;
import org.jixiao.evaluation.client.Fetched;
import org.jixiao.evaluation.config.EvaluationConfig;
import org.jixiao.evaluation.domain.BudgetFacts;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.GradePolicy;
import org.jixiao.evaluation.domain.IndicatorInput;
import org.jixiao.evaluation.domain.KeyTask;
import org.jixiao.evaluation.domain.Kind;
import org.jixiao.evaluation.domain.Method;
import org.jixiao.evaluation.domain.Rules;
import org.jixiao.evaluation.domain.ScoreOutcome;
import org.jixiao.evaluation.domain.Scorer;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.repository.FrameworkEntity;
import org.jixiao.evaluation.repository.IndicatorInputEntity;
import org.jixiao.evaluation.repository.ScoreResultEntity;
import org.jixiao.evaluation.rest.EvaluationRequest;
import org.jixiao.evaluation.rest.EvaluationView;
import org.jixiao.evaluation.rest.ScoreResult;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.peer.PeerRejectedException;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Evaluations: what is entered, scoring against budget-service data, stored results. */
@ApplicationScoped
public class EvaluationService {
    private static final TypeReference<List<KeyTask>> TASKS = new TypeReference<>() {
    };

    private final FrameworkService frameworks;
    private final BudgetGateway budget;
    private final EvaluationConfig config;
    private final Json json;

    public EvaluationService(FrameworkService frameworks, BudgetGateway budget, EvaluationConfig config, Json json) {
        this.frameworks = frameworks;
        this.budget = budget;
        this.config = config;
        this.json = json;
    }

    @Transactional
    public EvaluationView create(EvaluationRequest request) {
        FrameworkEntity framework;
        try {
            framework = frameworks.entity(request.framework(), request.frameworkVersion());
        } catch (ProblemException e) {
            throw ProblemException.unprocessable(e.getMessage(), List.of(new FieldError("framework", e.getMessage())));
        }
        EvaluationEntity evaluation = new EvaluationEntity();
        evaluation.framework = framework;
        evaluation.department = request.department().strip();
        evaluation.year = request.year();
        evaluation.kind = request.kind();
        evaluation.lineCode = request.lineCode() == null || request.lineCode().isBlank() ? null : request.lineCode().strip();
        evaluation.persist();
        return view(evaluation);
    }

    public EvaluationEntity entity(long id) {
        EvaluationEntity e = EvaluationEntity.findById(id);
        if (e == null) {
            throw ProblemException.notFound("evaluation " + id + " does not exist");
        }
        return e;
    }

    public EvaluationView get(long id) {
        return view(entity(id));
    }

    @Transactional
    public EvaluationView putTasks(long id, List<KeyTask> tasks) {
        EvaluationEntity evaluation = entity(id);
        FrameworkNode tasksNode = frameworks.tree(evaluation.framework).flatten()
                .filter(n -> n.method() == Method.TASKS).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("framework " + evaluation.framework.code
                        + " has no TASKS node: it takes no key tasks", List.of(new FieldError("tasks", "not used by this framework"))));
        List<FieldError> problems = Rules.tasks(tasksNode.points(), tasks);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the key tasks are not valid: " + problems.size() + " problem(s)", problems);
        }
        evaluation.tasks = json.write(tasks);
        evaluation.updatedAt = OffsetDateTime.now();
        return view(evaluation);
    }

    @Transactional
    public IndicatorInput putInput(long id, String code, IndicatorInput input) {
        EvaluationEntity evaluation = entity(id);
        FrameworkNode node = frameworks.tree(evaluation.framework).flatten().filter(n -> n.code().equals(code))
                .findFirst().orElseThrow(() -> ProblemException.notFound("framework " + evaluation.framework.code
                        + " has no indicator " + code));
        List<FieldError> problems = Rules.input(node, input);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the input for " + code + " (" + node.method() + ") is not valid", problems);
        }
        IndicatorInputEntity row = IndicatorInputEntity.<IndicatorInputEntity>find("evaluationId = ?1 and code = ?2", id, code)
                .firstResultOptional().orElseGet(() -> {
                    IndicatorInputEntity created = new IndicatorInputEntity();
                    created.evaluationId = id;
                    created.code = code;
                    return created;
                });
        row.input = json.write(input);
        row.updatedAt = OffsetDateTime.now();
        row.persist();
        evaluation.updatedAt = OffsetDateTime.now();
        return input;
    }

    /** Timings of the last scoring, for the Server-Timing header: budget-service call vs the rest. */
    public record Timed(ScoreResult result, long budgetMillis, long scoringMillis) {
    }

    /** Fetches the budget (no transaction held meanwhile), scores, stores the result. */
    public Timed score(long id) {
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> load(id));
        long start = System.nanoTime();
        Fetched<BudgetExecution> municipal;
        Fetched<BudgetExecution> all;
        String asOf = loaded.evaluation.year() + "-12-31";
        try {
            municipal = budget.execution(loaded.evaluation.department(), loaded.evaluation.year(), asOf, "MUNICIPAL");
            all = needsAllFunds(loaded.tree, loaded.evaluation.lineCode(), municipal.value())
                    ? budget.execution(loaded.evaluation.department(), loaded.evaluation.year(), asOf, "ALL") : null;
        } catch (PeerRejectedException e) {
            throw ProblemException.unprocessable("budget-service has no execution data for " + loaded.evaluation.department()
                    + " in " + loaded.evaluation.year() + " (" + e.status() + ")", List.of(new FieldError("department", e.getMessage())));
        }
        OffsetDateTime fetchedAt = OffsetDateTime.now();
        long budgetMillis = (System.nanoTime() - start) / 1_000_000;
        long scoringStart = System.nanoTime();
        BudgetFacts facts = BudgetExecution.facts(municipal.value(), all == null ? null : all.value());
        if (loaded.evaluation.lineCode() != null && !facts.lines().containsKey(loaded.evaluation.lineCode())) {
            throw ProblemException.unprocessable("budget line " + loaded.evaluation.lineCode() + " has no budget in "
                    + loaded.evaluation.year(), List.of(new FieldError("lineCode", "unknown in budget-service")));
        }
        ScoreOutcome outcome = new Scorer(config.scorerSettings()).score(loaded.tree,
                new Scorer.Inputs(loaded.inputs, loaded.tasks, facts, loaded.evaluation.lineCode()));
        GradePolicy.Band grade = config.gradePolicy().gradeOf(outcome.total());
        OffsetDateTime scoredAt = OffsetDateTime.now();
        ScoreResult result = new ScoreResult(id, loaded.evaluation.framework(), loaded.evaluation.frameworkVersion(),
                loaded.evaluation.department(), loaded.evaluation.year(), loaded.evaluation.kind(),
                loaded.evaluation.lineCode(), outcome.total(), grade.label(), grade.code(), grade.recommendation(),
                scoredAt, outcome.nodes(), outcome.tasks(),
                new ScoreResult.BudgetSnapshot(asOf, fetchedAt, municipal.value().lastChangedAt(), municipal.raw(),
                        all == null ? null : all.raw()),
                outcome.warnings());
        QuarkusTransaction.requiringNew().run(() -> {
            ScoreResultEntity stored = new ScoreResultEntity();
            stored.evaluationId = id;
            stored.total = result.total();
            stored.grade = result.grade();
            stored.result = json.write(result);
            stored.scoredAt = scoredAt;
            stored.persist();
        });
        return new Timed(result, budgetMillis, (System.nanoTime() - scoringStart) / 1_000_000);
    }

    public ScoreResult result(long id) {
        entity(id);
        return ScoreResultEntity.latest(id).map(r -> json.read(r.result, ScoreResult.class))
                .orElseThrow(() -> ProblemException.notFound("evaluation " + id + " has not been scored yet (POST .../score)"));
    }


    public List<EvaluationView> list(String department, Integer year, Kind kind, PageRequest request) {
        List<EvaluationEntity> evaluations = query(department, year, kind).page(request.page(), request.size()).list();
        return views(evaluations);
    }

    public long count(String department, Integer year, Kind kind) {
        return query(department, year, kind).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<EvaluationEntity> query(String department, Integer year, Kind kind) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (department != null && !department.isBlank()) {
            q.append(" and department = :department");
            p.and("department", department);
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        return EvaluationEntity.find(q.toString(), Sort.by("id"), p);
    }

    /** Self-evaluation vs re-evaluations for a department and year, node by node, from the latest results. */
    public Map<String, Object> comparison(String department, int year) {
        Map<Kind, ScoreResult> latest = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            List<EvaluationEntity> evaluations = EvaluationEntity.list("department = ?1 and year = ?2 and kind = ?3 and lineCode is null",
                    Sort.by("id").descending(), department, year, kind);
            for (EvaluationEntity e : evaluations) {
                var r = ScoreResultEntity.latest(e.id);
                if (r.isPresent()) {
                    latest.put(kind, json.read(r.get().result, ScoreResult.class));
                    break;
                }
            }
        }
        if (latest.isEmpty()) {
            throw ProblemException.notFound("no scored evaluation of " + department + " in " + year);
        }
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        latest.forEach((kind, result) -> result.nodes().stream().flatMap(org.jixiao.evaluation.domain.NodeScore::flatten)
                .forEach(n -> {
                    Map<String, Object> row = rows.computeIfAbsent(n.code(), c -> {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("code", n.code());
                        r.put("name", n.name());
                        r.put("points", n.points());
                        r.put("scores", new LinkedHashMap<String, BigDecimal>());
                        r.put("differences", new LinkedHashMap<String, BigDecimal>());
                        return r;
                    });
                    @SuppressWarnings("unchecked")
                    Map<String, BigDecimal> scores = (Map<String, BigDecimal>) row.get("scores");
                    scores.put(kind.name(), n.score());
                }));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        latest.forEach((kind, r) -> totals.put(kind.name(), r.total()));
        BigDecimal base = latest.containsKey(Kind.SELF) ? latest.get(Kind.SELF).total() : null;
        for (Map<String, Object> row : rows.values()) {
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> scores = (Map<String, BigDecimal>) row.get("scores");
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> differences = (Map<String, BigDecimal>) row.get("differences");
            BigDecimal self = scores.get(Kind.SELF.name());
            scores.forEach((kind, score) -> {
                if (self != null && !kind.equals(Kind.SELF.name())) {
                    differences.put(kind, score.subtract(self));
                }
            });
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("department", department);
        body.put("year", year);
        body.put("evaluations", latest.entrySet().stream().map(e -> Map.of("kind", e.getKey(), "evaluationId",
                e.getValue().evaluationId(), "total", e.getValue().total(), "grade", e.getValue().grade(),
                "scoredAt", e.getValue().scoredAt())).toList());
        Map<String, BigDecimal> totalDifferences = new LinkedHashMap<>();
        totals.forEach((k, v) -> {
            if (base != null && !k.equals(Kind.SELF.name())) {
                totalDifferences.put(k, v.subtract(base));
            }
        });
        body.put("totals", totals);
        body.put("totalDifferences", totalDifferences);
        body.put("nodes", new ArrayList<>(rows.values()));
        return body;
    }

    private record LoadedEvaluation(String framework, int frameworkVersion, String department, int year, Kind kind,
                                    String lineCode) {
    }

    private record Loaded(LoadedEvaluation evaluation, FrameworkNode tree, Map<String, IndicatorInput> inputs,
                          List<KeyTask> tasks) {
    }

    private Loaded load(long id) {
        EvaluationEntity e = entity(id);
        Map<String, IndicatorInput> inputs = new HashMap<>();
        IndicatorInputEntity.<IndicatorInputEntity>list("evaluationId", id)
                .forEach(row -> inputs.put(row.code, json.read(row.input, IndicatorInput.class)));
        return new Loaded(new LoadedEvaluation(e.framework.code, e.framework.version, e.department, e.year, e.kind, e.lineCode),
                frameworks.tree(e.framework), inputs, json.read(e.tasks, TASKS));
    }

    /**
     * Whether scoring needs the all-funds execution as well: a node scoped to ALL funds, or a
     * project line that is not funded by the municipal appropriation.
     */
    static boolean needsAllFunds(FrameworkNode tree, String lineCode, BudgetExecution municipal) {
        if (tree.flatten().anyMatch(n -> "ALL".equals(String.valueOf(n.params().get("scope"))))) {
            return true;
        }
        return lineCode != null && !municipal.hasLine(lineCode);
    }

    private EvaluationView view(EvaluationEntity e) {
        return views(List.of(e)).get(0);
    }

    /** Views of a page of evaluations with two queries in all: their inputs, and their latest totals. */
    private List<EvaluationView> views(List<EvaluationEntity> evaluations) {
        List<Long> ids = evaluations.stream().map(e -> e.id).filter(java.util.Objects::nonNull).toList();
        Map<Long, Map<String, IndicatorInput>> inputs = new HashMap<>();
        Map<Long, Object[]> latest = new HashMap<>();
        if (!ids.isEmpty()) {
            IndicatorInputEntity.<IndicatorInputEntity>list("evaluationId in ?1", ids).forEach(row -> inputs
                    .computeIfAbsent(row.evaluationId, k -> new java.util.TreeMap<>())
                    .put(row.code, json.read(row.input, IndicatorInput.class)));
            ScoreResultEntity.getEntityManager().createQuery("""
                    select r.evaluationId, r.total, r.grade, r.scoredAt from ScoreResultEntity r
                    where r.evaluationId in ?1 order by r.evaluationId, r.scoredAt desc, r.id desc""", Object[].class)
                    .setParameter(1, ids).getResultList().forEach(row -> latest.putIfAbsent((Long) row[0], row));
        }
        return evaluations.stream().map(e -> {
            Object[] last = latest.get(e.id);
            return new EvaluationView(e.id, e.framework.code, e.framework.version, e.department, e.year, e.kind,
                    e.lineCode, json.read(e.tasks, TASKS), inputs.getOrDefault(e.id, Map.of()),
                    last == null ? null : (BigDecimal) last[1], last == null ? null : (String) last[2],
                    last == null ? null : (OffsetDateTime) last[3]);
        }).toList();
    }
}
