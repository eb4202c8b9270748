package org.jixiao.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.evaluation.domain.RectificationSource;
import org.jixiao.evaluation.domain.RectificationStatus;
import org.jixiao.evaluation.domain.RectificationWorkflow;
import org.jixiao.evaluation.domain.ScoreResult;
import org.jixiao.evaluation.domain.Shortfalls;
import org.jixiao.evaluation.repository.EvaluationEntity;
import org.jixiao.evaluation.repository.EvaluationRepository;
import org.jixiao.evaluation.repository.RectificationEntity;
import org.jixiao.evaluation.repository.RectificationRepository;
import org.jixiao.evaluation.repository.ScoreResultRepository;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Caller;
import org.jixiao.platform.security.Roles;

/**
 * Rectification items (整改, docs/workflow.md): opened by finance for any problem, by a department for the problems
 * of its own self-evaluation; worked on by finance and the department; read by whoever reads the department.
 */
@ApplicationScoped
public class RectificationService {
    /** A deadline falls in the year the problem was found or in the few after it. */
    static final int MAX_YEARS_AHEAD = 5;
    private static final String ENTITY = "rectification";

    private final RectificationRepository items;
    private final EvaluationRepository evaluations;
    private final ScoreResultRepository results;
    private final Caller caller;
    private final AuditTrail audit;

    public RectificationService(RectificationRepository items, EvaluationRepository evaluations, ScoreResultRepository results,
                                Caller caller, AuditTrail audit) {
        this.items = items;
        this.evaluations = evaluations;
        this.results = results;
        this.caller = caller;
        this.audit = audit;
    }

    /** Who opens an item of this source, and edits its measure, owner and deadline: a department only its self-evaluation's. */
    static List<String> openers(RectificationSource source) {
        return source == RectificationSource.SELF_EVALUATION ? List.of(Roles.FINANCE, Roles.DEPARTMENT) : List.of(Roles.FINANCE);
    }

    /** Who reports progress: finance, and the department whose item it is, whatever found the problem. */
    static final List<String> WORKERS = List.of(Roles.FINANCE, Roles.DEPARTMENT);

    /** One item with the day its status was judged on. */
    public record Item(RectificationEntity entity, RectificationStatus status) {
    }

    /** The items of a department's year, counted by status. */
    public record OfYear(int year, Map<RectificationStatus, Long> counts, List<Item> items) {
    }

    /** What opening the items of an evaluation's shortfalls did. */
    public record FromEvaluation(long evaluationId, int created, int existing, List<Item> items) {
    }

    @Transactional
    public Item create(NewRectification n) {
        String department = n.department().strip();
        caller.requireWrites(ENTITY, null, department, openers(n.source()));
        List<FieldError> problems = new ArrayList<>();
        checkDeadline(n.deadline(), n.year(), problems);
        String sourceKey = null;
        if (n.source() == RectificationSource.REPORT_FINDING) {
            if (n.reportId() == null || n.reportVersion() == null || blank(n.ruleId())) {
                problems.add(new FieldError("reportId", "a report finding names reportId, reportVersion and ruleId"));
            } else {
                sourceKey = "report:" + n.reportId() + "/v" + n.reportVersion() + "/" + n.ruleId().strip() + "/" + digest(n.problem().strip());
            }
            if (n.evaluationId() != null) {
                problems.add(new FieldError("evaluationId", "a report finding names its report, not an evaluation"));
            }
        } else {
            if (n.reportId() != null || n.reportVersion() != null || !blank(n.ruleId())) {
                problems.add(new FieldError("reportId", "only a REPORT_FINDING names a report"));
            }
            if (n.evaluationId() != null) {
                EvaluationEntity evaluation = evaluations.findByIdOptional(n.evaluationId()).orElse(null);
                if (evaluation == null || !caller.sees(evaluation.department)) {
                    problems.add(new FieldError("evaluationId", "no such evaluation of " + department));
                } else if (!evaluation.department.equals(department) || evaluation.year != n.year()
                        || RectificationSource.of(evaluation.kind) != n.source()) {
                    problems.add(new FieldError("evaluationId", "is a " + evaluation.kind + " evaluation of " + evaluation.department
                            + " in " + evaluation.year + ", not a source " + n.source() + " of " + department + " in " + n.year()));
                } else if (!blank(n.nodeCode())) {
                    sourceKey = evaluationKey(n.evaluationId(), n.nodeCode().strip());
                }
            } else if (!blank(n.nodeCode())) {
                problems.add(new FieldError("nodeCode", "names an indicator of an evaluation: give evaluationId"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the rectification item is not valid: " + problems.size() + " problem(s)", problems);
        }
        if (sourceKey != null) {
            items.bySourceKey(sourceKey).ifPresent(existing -> {
                throw ProblemException.conflict("this problem already has rectification item " + existing.id)
                        .with("existingId", existing.id);
            });
        }
        RectificationEntity item = new RectificationEntity();
        item.department = department;
        item.year = n.year();
        item.source = n.source();
        item.evaluationId = n.evaluationId();
        item.nodeCode = blankToNull(n.nodeCode());
        item.reportId = n.reportId();
        item.reportVersion = n.reportVersion();
        item.ruleId = blankToNull(n.ruleId());
        item.sourceKey = sourceKey;
        item.problem = n.problem().strip();
        item.measure = blankToNull(n.measure());
        item.owner = blankToNull(n.owner());
        item.deadline = n.deadline();
        return store(item);
    }

    /**
     * One item for each shortfall of the evaluation's latest result that has none yet (an evaluation's node never gets
     * two): its cause as the problem, its remedy as the measure, the owner and deadline given for all.
     */
    @Transactional
    public FromEvaluation fromEvaluation(long evaluationId, String owner, LocalDate deadline) {
        EvaluationEntity evaluation = evaluations.findByIdOptional(evaluationId)
                .orElseThrow(() -> ProblemException.notFound("evaluation " + evaluationId + " does not exist"));
        caller.requireSees("evaluation", evaluation.department);
        RectificationSource source = RectificationSource.of(evaluation.kind);
        caller.requireWrites(ENTITY, null, evaluation.department, openers(source));
        List<FieldError> problems = new ArrayList<>();
        checkDeadline(deadline, evaluation.year, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the deadline is not valid", problems);
        }
        ScoreResult result = results.latest(evaluationId).orElseThrow(() -> ProblemException.unprocessable("evaluation "
                + evaluationId + " has not been scored: its shortfalls are not known yet (POST …/score)",
                List.of(new FieldError("id", "is not scored yet"))));
        List<Shortfalls.Shortfall> shortfalls = Shortfalls.of(result);
        Set<String> existing = items.existingKeys(shortfalls.stream().map(s -> evaluationKey(evaluationId, s.code())).toList());
        List<Item> out = new ArrayList<>();
        List<String> created = new ArrayList<>();
        for (Shortfalls.Shortfall s : shortfalls) {
            String key = evaluationKey(evaluationId, s.code());
            if (existing.contains(key)) {
                continue;
            }
            RectificationEntity item = new RectificationEntity();
            item.department = evaluation.department;
            item.year = evaluation.year;
            item.source = source;
            item.evaluationId = evaluationId;
            item.nodeCode = s.code();
            item.sourceKey = key;
            item.problem = s.problem();
            item.measure = s.measure();
            item.owner = blankToNull(owner);
            item.deadline = deadline;
            item.createdBy = caller.subject();
            item.updatedBy = item.createdBy;
            items.persist(item);
            created.add(item.id + " " + item.nodeCode);
        }
        // one record for the one request: the items it opened (id and node), none when every shortfall had its item
        audit.record("create-from-evaluation", ENTITY, "evaluation:" + evaluationId, null,
                Map.of("source", source, "created", created, "existing", shortfalls.size() - created.size()));
        LocalDate today = RectificationStatus.today();
        List<RectificationEntity> ofEvaluation = items.list("evaluationId = ?1 and nodeCode is not null order by id", evaluationId);
        ofEvaluation.forEach(e -> out.add(item(e, today)));
        return new FromEvaluation(evaluationId, created.size(), shortfalls.size() - created.size(), out);
    }

    public Item get(long id) {
        return item(readable(id), RectificationStatus.today());
    }

    public Page<Item> list(String department, Integer year, RectificationStatus status, PageRequest request) {
        LocalDate today = RectificationStatus.today();
        Page<RectificationEntity> page = items.search(department, caller.departmentScope().orElse(null), year, status, today, request);
        return Page.of(page.items().stream().map(e -> item(e, today)).toList(), page.total(), request);
    }

    /** The measure, owner and deadline as given (a member left out is cleared), while the item is not DONE. */
    @Transactional
    public Item update(long id, String measure, String owner, LocalDate deadline) {
        RectificationEntity item = find(id);
        caller.requireWrites(ENTITY, String.valueOf(id), item.department, openers(item.source));
        RectificationWorkflow.requireEditable(ENTITY + " " + id, item.status);
        List<FieldError> problems = new ArrayList<>();
        checkDeadline(deadline, item.year, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the deadline is not valid", problems);
        }
        Map<String, Object> before = plan(item);
        item.measure = blankToNull(measure);
        item.owner = blankToNull(owner);
        item.deadline = deadline;
        touch(item);
        audit.record("update", ENTITY, String.valueOf(id), before, plan(item));
        return item(item, RectificationStatus.today());
    }

    /** OPEN → IN_PROGRESS → DONE (with evidence), audited. */
    @Transactional
    public Item progress(long id, RectificationStatus to, String evidence) {
        RectificationEntity item = find(id);
        caller.requireWrites(ENTITY, String.valueOf(id), item.department, WORKERS);
        RectificationStatus before = item.status;
        item.status = RectificationWorkflow.progress(ENTITY + " " + id, item.status, to, evidence);
        if (evidence != null && !evidence.isBlank()) {
            item.evidence = evidence.strip();
        }
        if (item.status == RectificationStatus.DONE) {
            item.doneAt = OffsetDateTime.now();
        }
        touch(item);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", item.status);
        if (item.evidence != null) {
            after.put("evidence", item.evidence);
        }
        audit.record("progress", ENTITY, String.valueOf(id), Map.of("status", before), after);
        return item(item, RectificationStatus.today());
    }

    /**
     * The department's items of a year (an evaluation of year N shows those found in N − 1), counted by status as
     * judged today. The caller has been checked to see the department.
     */
    public OfYear ofYear(String department, int year) {
        LocalDate today = RectificationStatus.today();
        List<Item> found = items.ofYear(department, year).stream().map(e -> item(e, today)).toList();
        Map<RectificationStatus, Long> counts = new LinkedHashMap<>();
        for (RectificationStatus s : RectificationStatus.values()) {
            counts.put(s, found.stream().filter(i -> i.status() == s).count());
        }
        return new OfYear(year, counts, found);
    }

    private Item store(RectificationEntity item) {
        item.createdBy = caller.subject();
        item.updatedBy = item.createdBy;
        items.persist(item);
        Map<String, Object> summary = new LinkedHashMap<>(Map.of("department", item.department, "year", item.year,
                "source", item.source, "problem", item.problem));
        if (item.sourceKey != null) {
            summary.put("sourceKey", item.sourceKey);
        }
        audit.record("create", ENTITY, String.valueOf(item.id), null, summary);
        return item(item, RectificationStatus.today());
    }

    private void touch(RectificationEntity item) {
        item.updatedAt = OffsetDateTime.now();
        item.updatedBy = caller.subject();
    }

    private static Map<String, Object> plan(RectificationEntity item) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("measure", item.measure);
        plan.put("owner", item.owner);
        plan.put("deadline", item.deadline);
        return plan;
    }

    private static Item item(RectificationEntity e, LocalDate today) {
        return new Item(e, RectificationStatus.effective(e.status, e.deadline, today));
    }

    private RectificationEntity find(long id) {
        return items.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(ENTITY + " " + id + " does not exist"));
    }

    private RectificationEntity readable(long id) {
        RectificationEntity item = find(id);
        caller.requireSees(ENTITY, item.department);
        return item;
    }

    private static void checkDeadline(LocalDate deadline, int year, List<FieldError> problems) {
        if (deadline != null && (deadline.getYear() < year || deadline.getYear() > year + MAX_YEARS_AHEAD)) {
            problems.add(new FieldError("deadline", "must fall between " + year + " (the year the problem was found) and "
                    + (year + MAX_YEARS_AHEAD)));
        }
    }

    static String evaluationKey(long evaluationId, String nodeCode) {
        return "evaluation:" + evaluationId + "/" + nodeCode;
    }

    /** A short fingerprint of a finding's text: a rule gives several findings in one version, each its own item. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
