package org.jixiao.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.domain.TargetContent;
import org.jixiao.evaluation.domain.TargetDecision;
import org.jixiao.evaluation.domain.TargetGrade;
import org.jixiao.evaluation.domain.TargetRules;
import org.jixiao.evaluation.domain.TargetScope;
import org.jixiao.evaluation.domain.TargetStatus;
import org.jixiao.evaluation.repository.TargetRepository;
import org.jixiao.evaluation.repository.TargetSetEntity;
import org.jixiao.evaluation.repository.TargetVersionEntity;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Caller;
import org.jixiao.platform.security.Roles;

/**
 * Performance targets (绩效目标): declared by a department (or finance) as a DRAFT, submitted, reviewed by finance
 * (approved or returned); an approval stores version 1, an adjustment of an approved set version n+1.
 * Every write is audited in its own transaction; every step locks the set.
 */
@ApplicationScoped
public class TargetService {
    /** Who declares, edits, submits and adjusts: finance any department's, a department its own. */
    static final List<String> WRITERS = List.of(Roles.FINANCE, Roles.DEPARTMENT);
    /** Who reviews: finance only. */
    static final List<String> REVIEWERS = List.of(Roles.FINANCE);
    static final String ENTITY = "target-set";

    private final TargetRepository targets;
    private final TargetConfig config;
    private final Caller caller;
    private final AuditTrail audit;

    public TargetService(TargetRepository targets, TargetConfig config, Caller caller, AuditTrail audit) {
        this.targets = targets;
        this.config = config;
        this.caller = caller;
        this.audit = audit;
    }

    /** A new target set as declared. */
    public record NewTarget(String department, int year, TargetScope scope, String projectKey, String projectName,
                            TargetContent content) {
    }

    /** An adjustment (目标调整) of an approved set. */
    public record Adjustment(String reason, String documentNo, LocalDate effectiveDate, TargetContent content) {
    }

    @Transactional
    public TargetSetView create(NewTarget target) {
        String department = target.department().strip();
        caller.requireWrites(ENTITY, null, department, WRITERS);
        String projectKey = blank(target.projectKey()) ? null : target.projectKey().strip();
        String projectName = blank(target.projectName()) ? null : target.projectName().strip();
        List<FieldError> problems = new ArrayList<>();
        if (target.scope() == TargetScope.PROJECT) {
            if (projectKey == null) {
                problems.add(new FieldError("projectKey", "is required for a PROJECT target set (budget-service projectKey)"));
            }
            if (projectName == null) {
                problems.add(new FieldError("projectName", "is required for a PROJECT target set (项目名称)"));
            }
        } else if (projectKey != null || projectName != null) {
            problems.add(new FieldError(projectKey != null ? "projectKey" : "projectName",
                    "only a PROJECT target set names a project"));
        }
        problems.addAll(rules(target.scope(), target.content()));
        invalidIfAny(problems);
        if (targets.exists(department, target.year(), target.scope(), projectKey)) {
            throw ProblemException.conflict("a " + target.scope() + " target set of " + department + " for " + target.year()
                    + (projectKey == null ? "" : " and project " + projectKey) + " exists already");
        }
        TargetSetEntity set = new TargetSetEntity();
        set.department = department;
        set.year = target.year();
        set.scope = target.scope();
        set.projectKey = projectKey;
        set.projectName = projectName;
        set.content = targets.write(target.content());
        targets.persist(set);
        targets.flush();
        audit.record("create", ENTITY, String.valueOf(set.id), null, summary(set, target.content()));
        return view(set);
    }

    public TargetSetView get(long id) {
        return view(readable(id));
    }

    public Page<TargetSetView> list(String department, Integer year, TargetScope scope, TargetStatus status,
                                    String projectKey, PageRequest request) {
        Page<TargetSetEntity> page = targets.search(department, caller.departmentScope().orElse(null), year, scope, status,
                projectKey, request);
        return Page.of(page.items().stream().map(this::view).toList(), page.total(), request);
    }

    public TargetVersionView version(long id, int version) {
        TargetSetEntity set = readable(id);
        TargetVersionEntity v = targets.version(id, version).orElseThrow(() -> ProblemException.notFound(
                "target set " + id + " has no version " + version));
        return versionView(set, v);
    }

    /**
     * The content of a PROJECT set whose indicators the caller may replace now (a DRAFT or RETURNED set: 409 otherwise;
     * a DEPARTMENT set's key tasks are not a sheet of indicators: 422), checked before an uploaded sheet is read.
     */
    @Transactional
    public TargetContent editableIndicators(long id) {
        TargetSetEntity set = writable(id, WRITERS);
        if (set.status != TargetStatus.DRAFT && set.status != TargetStatus.RETURNED) {
            throw ProblemException.conflict("target set " + id + " is " + set.status + ": only a DRAFT or RETURNED set is edited");
        }
        if (set.scope != TargetScope.PROJECT) {
            throw ProblemException.unprocessable("target set " + id + " is a DEPARTMENT set: its key tasks are edited as JSON "
                    + "(PUT /api/v1/targets/{id})", List.of(new FieldError("scope", "a sheet of indicators is for PROJECT sets")));
        }
        return targets.content(set);
    }

    /** Edits a DRAFT or RETURNED set (409 otherwise). */
    @Transactional
    public TargetSetView update(long id, String projectName, TargetContent content) {
        TargetSetEntity set = writable(id, WRITERS);
        if (set.status != TargetStatus.DRAFT && set.status != TargetStatus.RETURNED) {
            throw ProblemException.conflict("target set " + id + " is " + set.status
                    + ": only a DRAFT or RETURNED set is edited" + (set.status == TargetStatus.APPROVED
                    ? " (an approved set changes by an adjustment: POST …/adjustments)" : ""));
        }
        List<FieldError> problems = new ArrayList<>();
        if (set.scope == TargetScope.PROJECT && projectName != null && projectName.isBlank()) {
            problems.add(new FieldError("projectName", "must not be blank"));
        } else if (set.scope == TargetScope.DEPARTMENT && projectName != null) {
            problems.add(new FieldError("projectName", "only a PROJECT target set names a project"));
        }
        problems.addAll(rules(set.scope, content));
        invalidIfAny(problems);
        Map<String, Object> before = summary(set, targets.content(set));
        if (projectName != null) {
            set.projectName = projectName.strip();
        }
        set.content = targets.write(content);
        set.updatedAt = OffsetDateTime.now();
        audit.record("update", ENTITY, String.valueOf(id), before, summary(set, content));
        return view(set);
    }

    /** DRAFT or RETURNED → SUBMITTED (409 otherwise). */
    @Transactional
    public TargetSetView submit(long id) {
        TargetSetEntity set = writable(id, WRITERS);
        if (set.status != TargetStatus.DRAFT && set.status != TargetStatus.RETURNED) {
            throw ProblemException.conflict("target set " + id + " is " + set.status
                    + ": only a DRAFT or RETURNED set is submitted");
        }
        TargetStatus before = set.status;
        set.status = TargetStatus.SUBMITTED;
        set.submittedAt = OffsetDateTime.now();
        set.updatedAt = set.submittedAt;
        audit.record("submit", ENTITY, String.valueOf(id), Map.of("status", before), Map.of("status", set.status));
        return view(set);
    }

    /** SUBMITTED → APPROVED (version 1) or RETURNED (with a comment); 409 unless SUBMITTED. */
    @Transactional
    public TargetSetView review(long id, TargetDecision decision, String comment, TargetGrade grade) {
        TargetSetEntity set = writable(id, REVIEWERS);
        if (set.status != TargetStatus.SUBMITTED) {
            throw ProblemException.conflict("target set " + id + " is " + set.status + ": only a SUBMITTED set is reviewed");
        }
        String text = blank(comment) ? null : comment.strip();
        List<FieldError> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldError("decision", "is required: APPROVE or RETURN"));
        } else if (decision == TargetDecision.RETURN && text == null) {
            problems.add(new FieldError("comment", "is required when returning: what to change"));
        } else if (decision == TargetDecision.APPROVE && grade == null) {
            problems.add(new FieldError("grade", "is required when approving: EXCELLENT, GOOD, FAIR or POOR (优/良/中/差)"));
        }
        invalidIfAny(problems);
        TargetStatus before = set.status;
        OffsetDateTime now = OffsetDateTime.now();
        set.reviewComment = text;
        set.reviewGrade = grade;
        set.reviewedAt = now;
        set.updatedAt = now;
        Map<String, Object> after = new LinkedHashMap<>();
        if (decision == TargetDecision.APPROVE) {
            set.status = TargetStatus.APPROVED;
            set.approvedAt = now;
            set.currentVersion = 1;
            TargetVersionEntity version = newVersion(set, TargetVersionEntity.Kind.APPROVAL, set.content);
            version.reviewGrade = grade;
            version.reviewComment = text;
            targets.addVersion(version);
            after.put("version", 1);
        } else {
            set.status = TargetStatus.RETURNED;
        }
        after.put("status", set.status);
        if (grade != null) {
            after.put("grade", grade);
        }
        audit.record(decision == TargetDecision.APPROVE ? "approve" : "return", ENTITY, String.valueOf(id),
                Map.of("status", before), after);
        return view(set);
    }

    /** An adjustment of an APPROVED set: version n+1 (409 unless APPROVED). */
    @Transactional
    public TargetVersionView adjust(long id, Adjustment adjustment) {
        TargetSetEntity set = writable(id, WRITERS);
        if (set.status != TargetStatus.APPROVED) {
            throw ProblemException.conflict("target set " + id + " is " + set.status
                    + ": only an APPROVED set is adjusted (before approval, edit it: PUT)");
        }
        List<FieldError> problems = new ArrayList<>();
        if (blank(adjustment.reason())) {
            problems.add(new FieldError("reason", "is required: why the approved targets change (调整原因)"));
        }
        if (blank(adjustment.documentNo())) {
            problems.add(new FieldError("documentNo", "is required: the approving document's number (文号)"));
        }
        if (adjustment.effectiveDate() == null) {
            problems.add(new FieldError("effectiveDate", "is required"));
        }
        problems.addAll(rules(set.scope, adjustment.content()));
        invalidIfAny(problems);
        int before = set.currentVersion;
        TargetVersionEntity version = newVersion(set, TargetVersionEntity.Kind.ADJUSTMENT, targets.write(adjustment.content()));
        version.version = before + 1;
        version.reason = adjustment.reason().strip();
        version.documentNo = adjustment.documentNo().strip();
        version.effectiveDate = adjustment.effectiveDate();
        targets.addVersion(version);
        set.content = version.content;
        set.currentVersion = version.version;
        set.updatedAt = OffsetDateTime.now();
        audit.record("adjust", ENTITY, String.valueOf(id), Map.of("version", before),
                Map.of("version", version.version, "documentNo", version.documentNo, "counts", counts(adjustment.content())));
        return versionView(set, version);
    }

    private TargetVersionEntity newVersion(TargetSetEntity set, TargetVersionEntity.Kind kind, String content) {
        TargetVersionEntity version = new TargetVersionEntity();
        version.targetSetId = set.id;
        version.version = 1;
        version.kind = kind;
        version.content = content;
        version.createdBy = caller.subject();
        return version;
    }

    /** What TargetRules say of this content under the configured points (422 problems, nothing thrown). */
    public List<FieldError> rules(TargetScope scope, TargetContent content) {
        return TargetRules.content(scope, content, config.projectIndicatorPoints(), config.departmentTaskPoints());
    }

    private static void invalidIfAny(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the target set is not valid: " + problems.size() + " problem(s)", problems);
        }
    }

    private TargetSetEntity find(long id) {
        return targets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("target set " + id + " does not exist"));
    }

    /** The set, once the caller may read its department's targets (403 otherwise, 404 unknown). */
    TargetSetEntity readable(long id) {
        TargetSetEntity set = find(id);
        caller.requireSees(ENTITY, set.department);
        return set;
    }

    /** The set locked for the transaction, once the caller may change it (403 otherwise, 404 unknown). */
    TargetSetEntity writable(long id, List<String> roles) {
        TargetSetEntity set = targets.forUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("target set " + id + " does not exist"));
        caller.requireWrites(ENTITY, String.valueOf(id), set.department, roles);
        return set;
    }

    private static Map<String, Object> summary(TargetSetEntity set, TargetContent content) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("department", set.department);
        summary.put("year", set.year);
        summary.put("scope", set.scope);
        if (set.projectKey != null) {
            summary.put("projectKey", set.projectKey);
        }
        summary.put("status", set.status);
        summary.put("counts", counts(content));
        return summary;
    }

    private static Map<String, Integer> counts(TargetContent content) {
        return Map.of("tasks", content.tasks().size(), "indicators", content.indicators().size()
                + content.tasks().stream().mapToInt(t -> t.indicators().size()).sum());
    }

    private TargetSetView view(TargetSetEntity set) {
        TargetContent content = targets.content(set);
        List<TargetSetView.VersionSummary> versions = set.currentVersion == null ? List.of()
                : targets.versions(set.id).stream().map(v -> new TargetSetView.VersionSummary(v.version, v.kind.name(),
                v.reason, v.documentNo, v.effectiveDate, v.createdBy, v.createdAt)).toList();
        return new TargetSetView(set.id, set.department, set.year, set.scope,
                set.scope == TargetScope.PROJECT ? "项目绩效目标" : "整体绩效目标", set.projectKey, set.projectName,
                content.goal(), content.tasks(), content.indicators(), set.status, set.reviewComment, set.reviewGrade,
                set.reviewGrade == null ? null : set.reviewGrade.label(), set.currentVersion, versions, set.createdAt,
                set.updatedAt, set.submittedAt, set.reviewedAt, set.approvedAt);
    }

    private TargetVersionView versionView(TargetSetEntity set, TargetVersionEntity v) {
        TargetContent content = targets.content(v);
        return new TargetVersionView(set.id, v.version, v.kind.name(), content.goal(), content.tasks(), content.indicators(),
                v.reason, v.documentNo, v.effectiveDate, v.reviewGrade, v.reviewComment,
                set.currentVersion != null && set.currentVersion == v.version, v.createdBy, v.createdAt);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
