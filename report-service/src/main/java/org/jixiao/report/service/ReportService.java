package org.jixiao.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Caller;
import org.jixiao.platform.security.Roles;
import org.jixiao.platform.workflow.ReviewRequest;
import org.jixiao.platform.workflow.ReviewStatus;
import org.jixiao.platform.workflow.ReviewWorkflow;
import org.jixiao.report.config.ReportConfig;
import org.jixiao.report.domain.CanonicalJson;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.PlaceholderCatalogue;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.domain.rules.ConsistencyChecker;
import org.jixiao.report.repository.Report;
import org.jixiao.report.repository.ReportRepository;
import org.jixiao.report.repository.ReportSection;
import org.jixiao.report.repository.ReportVersion;
import org.jixiao.report.repository.SectionRepository;
import org.jixiao.report.repository.VersionRepository;
import org.jixiao.report.service.SnapshotFetcher.Snapshot;

/** Reports, narrative sections and immutable versions. */
@ApplicationScoped
public class ReportService {
    /** A 422 for unknown placeholders lists this many, each shown up to MAX_KEY_SHOWN characters. */
    private static final int MAX_LISTED = 20;
    private static final int MAX_KEY_SHOWN = 100;

    @Inject
    ReportRepository reports;
    @Inject
    SectionRepository sections;
    @Inject
    VersionRepository versions;
    @Inject
    SnapshotFetcher fetcher;
    @Inject
    ReportConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;

    /** Who may write a report: finance, or the department it belongs to (publishing is finance's alone). */
    private static final List<String> WRITERS = List.of(Roles.FINANCE, Roles.DEPARTMENT);

    // ------------------------------------------------------------------ reports and sections

    @Transactional
    public ReportDetails create(String department, int year, long evaluationId, String title) {
        caller.requireWrites("report", null, department.trim(), WRITERS);
        Report r = new Report();
        r.department = department.trim();
        r.year = year;
        r.evaluationId = evaluationId;
        r.title = title == null || title.isBlank() ? null : title.trim();
        r.createdAt = now();
        r.updatedAt = r.createdAt;
        reports.persist(r);
        audit.record("create", "report", String.valueOf(r.id), null,
                Map.of("department", r.department, "year", r.year, "evaluationId", r.evaluationId));
        return details(r);
    }

    @Transactional
    public Page<ReportDetails> list(String department, Integer year, PageRequest request) {
        ReportRepository.Slice slice = reports.search(department, caller.departmentScope().orElse(null), year,
                request.page(), request.size());
        return Page.of(slice.items().stream().map(this::details).toList(), slice.total(), request);
    }

    @Transactional
    public ReportDetails get(long id) {
        return details(readable(id));
    }

    /**
     * Writes a section: one upsert (INSERT … ON CONFLICT DO UPDATE), so clients writing the same section at once
     * all succeed and one row exists, the last write's.
     */
    @Transactional
    public ReportSection putSection(long id, SectionKey key, String text) {
        Report r = writable(id);
        List<String> unknown = PlaceholderCatalogue.unknownIn(text);
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(unknown.size() + " unknown placeholder(s)"
                    + (unknown.size() > MAX_LISTED ? ", the first " + MAX_LISTED + " listed" : "") + "; GET /api/v1/placeholders lists them",
                    unknown.stream().limit(MAX_LISTED).map(u -> new FieldError("text", "unknown placeholder {{"
                            + (u.length() > MAX_KEY_SHOWN ? u.substring(0, MAX_KEY_SHOWN) + "…" : u) + "}}")).toList());
        }
        String before = sections.text(id, key.name());
        ReportSection s = sections.upsert(id, key.name(), text, now());
        r.updatedAt = s.updatedAt;
        audit.record("update", "report-section", id + "/" + key.name(), before, text);
        return s;
    }

    // ------------------------------------------------------------------ versions

    /** The report and its narrative as they stand when a version is made. */
    private record Draft(Report report, Map<SectionKey, String> narrative) {
    }

    /** Reads the draft, fetches the data from both peers (outside any transaction), checks, and stores an immutable version. */
    public StoredVersion createVersion(long id, LocalDate asOfOrNull) {
        return createVersion(id, asOfOrNull, false);
    }

    /**
     * As {@link #createVersion(long, LocalDate)}; with {@code reuseUnchanged}, when the newest version already has the
     * content hash this one would have, nothing is stored and that version is answered (a batch run again, docs/jobs.md).
     */
    public StoredVersion createVersion(long id, LocalDate asOfOrNull, boolean reuseUnchanged) {
        Draft draft = QuarkusTransaction.requiringNew().call(() -> draft(id));
        int year = draft.report().year;
        if (asOfOrNull != null && asOfOrNull.getYear() != year) {
            throw ProblemException.invalidField("asOf", "must be a date in " + year + ", the report's year, not " + asOfOrNull);
        }
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : LocalDate.of(year, 12, 31);
        Snapshot snapshot = fetcher.fetch(draft.report(), asOf);
        List<Finding> findings = new ConsistencyChecker(config.ruleSettings()).check(snapshot.data(), draft.narrative());
        return QuarkusTransaction.requiringNew().call(() -> store(draft, asOf, snapshot, findings, reuseUnchanged));
    }

    private Draft draft(long id) {
        Report r = writable(id);
        Map<SectionKey, String> narrative = new EnumMap<>(SectionKey.class);
        sections.ofReport(id).forEach(s -> narrative.put(SectionKey.valueOf(s.key), s.text));
        return new Draft(r, narrative);
    }

    /** Numbers the version under the report's row lock and stores it with its content hash. */
    private StoredVersion store(Draft draft, LocalDate asOf, Snapshot snapshot, List<Finding> findings, boolean reuseUnchanged) {
        Report r = draft.report();
        reports.lockById(r.id).orElseThrow(() -> ProblemException.notFound("no report " + r.id));
        ObjectNode narrative = mapper.createObjectNode();
        draft.narrative().forEach((k, text) -> narrative.put(k.name(), text));
        if (reuseUnchanged) {
            String title = r.title != null ? r.title : DocumentAssembler.defaultTitle(r.year, snapshot.data().departmentName());
            String hash = CanonicalJson.sha256(CanonicalJson.content(snapshot.json(), narrative, title));
            Optional<ReportVersion> newest = versions.find(r.id, versions.lastVersion(r.id));
            if (newest.isPresent() && hash.equals(newest.get().contentHash) && asOf.equals(newest.get().asOf)) {
                return new StoredVersion(newest.get(), snapshot.json(), snapshot.data(), draft.narrative(), findings(newest.get()));
            }
        }
        ReportVersion v = new ReportVersion();
        v.reportId = r.id;
        v.version = versions.lastVersion(r.id) + 1;
        v.title = r.title != null ? r.title : DocumentAssembler.defaultTitle(r.year, snapshot.data().departmentName());
        v.asOf = asOf;
        v.fetchedAt = snapshot.fetchedAt();
        v.snapshot = CanonicalJson.write(snapshot.json());
        v.narrative = CanonicalJson.write(narrative);
        v.contentHash = CanonicalJson.sha256(CanonicalJson.content(snapshot.json(), narrative, v.title));
        v.findings = json(findings);
        v.fatalCount = (int) findings.stream().filter(f -> f.severity() == Severity.FATAL).count();
        v.warningCount = findings.size() - v.fatalCount;
        v.status = ReportVersion.DRAFT;
        v.createdAt = now();
        versions.persist(v);
        audit.record("create", "report-version", r.id + "/" + v.version, null, Map.of("contentHash", v.contentHash,
                "fatal", v.fatalCount, "warnings", v.warningCount, "asOf", asOf.toString()));
        return new StoredVersion(v, snapshot.json(), snapshot.data(), draft.narrative(), findings);
    }

    @Transactional
    public List<ReportVersion> versions(long id) {
        readable(id);
        return versions.ofReport(id);
    }

    /** A stored version with its parsed content, for rendering. */
    @Transactional
    public StoredVersion load(long id, int v) {
        readable(id);
        ReportVersion version = version(id, v);
        try {
            JsonNode snapshot = mapper.readTree(version.snapshot);
            Map<String, String> n = mapper.readValue(version.narrative, new TypeReference<Map<String, String>>() {
            });
            Map<SectionKey, String> narrative = new EnumMap<>(SectionKey.class);
            n.forEach((k, t) -> SectionKey.parse(k).ifPresent(sk -> narrative.put(sk, t)));
            return new StoredVersion(version, snapshot, ReportData.from(snapshot, mapper), narrative, findings(version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored version " + version.id + " is unreadable", e);
        }
    }

    @Transactional
    public List<Finding> findings(long id, int v) {
        readable(id);
        return findings(version(id, v));
    }

    /**
     * Publishes a version once: its row is locked first, so of clients publishing at once one writes PUBLISHED and
     * the time, and the others, let in after it committed, read them and answer the same (idempotent).
     */
    @Transactional
    public ReportVersion publish(long id, int v) {
        ReportVersion version = versions.lock(id, v)
                .orElseThrow(() -> ProblemException.notFound("report " + id + " has no version " + v));
        String before = version.status;
        if (ReportVersion.PUBLISHED.equals(version.status)) {
            audit.record("publish", "report-version", id + "/" + v, before, "already " + before);
            return version;
        }
        requireNoFatal(id, version);
        version.status = ReportVersion.PUBLISHED;
        version.publishedAt = now();
        versions.flush();
        audit.record("publish", "report-version", id + "/" + v, before, version.status);
        return version;
    }

    // ------------------------------------------------------------------ review workflow

    /**
     * The department (or finance) submits one of the report's versions for review: DRAFT or RETURNED → SUBMITTED. A
     * version with FATAL findings is not submitted (422, like publishing).
     */
    @Transactional
    public ReportDetails submit(long id, int v) {
        Report r = reports.lockById(id).orElseThrow(() -> ProblemException.notFound("no report " + id));
        caller.requireWrites("report", String.valueOf(id), r.department, WRITERS);
        ReviewStatus next = ReviewWorkflow.submit("report " + id, r.status);
        requireNoFatal(id, version(id, v));
        r.submittedVersion = v;
        r.submittedAt = now();
        return transition(r, "submit", next, Map.of("status", next, "version", v));
    }

    /** Finance accepts a SUBMITTED report (REVIEWED) or returns it with comments (RETURNED). */
    @Transactional
    public ReportDetails review(long id, ReviewRequest request) {
        Report r = reports.lockById(id).orElseThrow(() -> ProblemException.notFound("no report " + id));
        ReviewStatus next = ReviewWorkflow.review("report " + id, r.status, request);
        r.reviewComment = ReviewWorkflow.comment(request);
        r.reviewedAt = now();
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("status", next);
        if (r.reviewComment != null) {
            after.put("comment", r.reviewComment);
        }
        return transition(r, "review", next, after);
    }

    /** Finance files (备案) a REVIEWED report. */
    @Transactional
    public ReportDetails file(long id) {
        Report r = reports.lockById(id).orElseThrow(() -> ProblemException.notFound("no report " + id));
        ReviewStatus next = ReviewWorkflow.file("report " + id, r.status);
        r.filedAt = now();
        return transition(r, "file", next, Map.of("status", next));
    }

    private ReportDetails transition(Report r, String action, ReviewStatus next, Map<String, Object> after) {
        ReviewStatus before = r.status;
        r.status = next;
        r.updatedAt = now();
        audit.record(action, "report", String.valueOf(r.id), Map.of("status", before), after);
        return details(r);
    }

    // ------------------------------------------------------------------ helpers

    /** 422 listing the version's FATAL findings, if it has any: such a version is neither published nor submitted. */
    private void requireNoFatal(long id, ReportVersion version) {
        if (version.fatalCount > 0) {
            List<Finding> fatal = findings(version).stream().filter(f -> f.severity() == Severity.FATAL).toList();
            throw new ProblemException(422, "Version has FATAL findings",
                    "version " + version.version + " of report " + id + " has " + fatal.size()
                            + " FATAL finding(s); fix the data or the narrative and make a new version",
                    fatal.stream().map(f -> new FieldError(f.rule(), f.message())).toList()).with("findings", fatal);
        }
    }

    private Report report(long id) {
        return reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no report " + id));
    }

    /** The report, if the caller may read its department's data (403 otherwise). */
    private Report readable(long id) {
        Report r = report(id);
        caller.requireSees("report", r.department);
        return r;
    }

    /** The report, if the caller may write it (403 otherwise). */
    private Report writable(long id) {
        Report r = report(id);
        caller.requireWrites("report", String.valueOf(id), r.department, WRITERS);
        ReviewWorkflow.requireEditable("report " + id, r.status);
        return r;
    }

    private ReportVersion version(long id, int v) {
        return versions.find(id, v).orElseThrow(() -> ProblemException.notFound("report " + id + " has no version " + v));
    }

    private ReportDetails details(Report r) {
        return new ReportDetails(r, sections.ofReport(r.id), versions.ofReport(r.id));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private List<Finding> findings(ReportVersion v) {
        try {
            return mapper.readValue(v.findings, new TypeReference<List<Finding>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
