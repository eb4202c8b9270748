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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.peer.PeerCalls;
import org.jixiao.platform.peer.PeerRejectedException;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.report.client.BudgetGateway;
import org.jixiao.report.client.EvaluationGateway;
import org.jixiao.report.config.ReportConfig;
import org.jixiao.report.domain.CanonicalJson;
import org.jixiao.report.domain.ConsistencyChecker;
import org.jixiao.report.domain.DocumentAssembler;
import org.jixiao.report.domain.Finding;
import org.jixiao.report.domain.PlaceholderCatalogue;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.ReportDocument;
import org.jixiao.report.domain.ReportSection;
import org.jixiao.report.domain.ReportVersion;
import org.jixiao.report.domain.SectionKey;
import org.jixiao.report.domain.Severity;
import org.jixiao.report.repository.ReportRepository;
import org.jixiao.report.repository.SectionRepository;
import org.jixiao.report.repository.VersionRepository;
import org.jixiao.report.service.Views.ReportView;
import org.jixiao.report.service.Views.SectionView;
import org.jixiao.report.service.Views.VersionCreated;
import org.jixiao.report.service.Views.VersionSummary;
import org.jixiao.report.service.Views.VersionView;

/** Reports, narrative sections and immutable versions. */
@ApplicationScoped
public class ReportService {
    @Inject
    ReportRepository reports;
    @Inject
    SectionRepository sections;
    @Inject
    VersionRepository versions;
    @Inject
    BudgetGateway budget;
    @Inject
    EvaluationGateway evaluation;
    @Inject
    ReportConfig config;
    @Inject
    ObjectMapper mapper;

    // ------------------------------------------------------------------ reports and sections

    @Transactional
    public ReportView create(String department, int year, long evaluationId, String title) {
        Report r = new Report();
        r.department = department.trim();
        r.year = year;
        r.evaluationId = evaluationId;
        r.title = title == null || title.isBlank() ? null : title.trim();
        r.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.updatedAt = r.createdAt;
        reports.persist(r);
        return view(r);
    }

    @Transactional
    public Page<ReportView> list(String department, Integer year, PageRequest request) {
        ReportRepository.Slice slice = reports.search(department, year, request.page(), request.size());
        return Page.of(slice.items().stream().map(this::view).toList(), slice.total(), request);
    }

    @Transactional
    public ReportView get(long id) {
        return view(report(id));
    }

    @Transactional
    public SectionView putSection(long id, String key, String text) {
        SectionKey sk = SectionKey.parse(key).orElseThrow(() -> ProblemException.notFound(
                "no section '" + key + "'; sections are " + java.util.Arrays.toString(SectionKey.values())));
        Report r = report(id);
        List<String> unknown = PlaceholderCatalogue.unknownIn(text);
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(unknown.size() + " unknown placeholder(s); GET /api/v1/placeholders lists them",
                    unknown.stream().map(u -> new FieldError("text", "unknown placeholder {{" + u + "}}")).toList());
        }
        ReportSection s = sections.find(id, sk.name()).orElseGet(() -> {
            ReportSection n = new ReportSection();
            n.reportId = id;
            n.key = sk.name();
            return n;
        });
        s.text = text;
        s.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (s.id == null) {
            sections.persist(s);
        }
        r.updatedAt = s.updatedAt;
        return section(s);
    }

    // ------------------------------------------------------------------ versions

    private record Draft(Report report, Map<SectionKey, String> narrative) {
    }

    /** Fetches from both peers (outside any transaction), checks, and stores an immutable version. */
    public VersionCreated createVersion(long id, LocalDate asOfOrNull) {
        Draft draft = QuarkusTransaction.requiringNew().call(() -> {
            Report r = report(id);
            Map<SectionKey, String> narrative = new EnumMap<>(SectionKey.class);
            sections.ofReport(id).forEach(s -> narrative.put(SectionKey.valueOf(s.key), s.text));
            return new Draft(r, narrative);
        });
        Report r = draft.report();
        LocalDate asOf = asOfOrNull != null ? asOfOrNull : LocalDate.of(r.year, 12, 31);
        String asOfText = asOf.toString();
        int retry = config.peerRetryAfterSeconds();
        Map<String, String> requests = new LinkedHashMap<>();

        requests.put(ReportData.DEPARTMENT, "GET budget-service /api/v1/departments/" + r.department);
        JsonNode department;
        try {
            department = PeerCalls.unavailableUnlessRejected(BudgetGateway.PEER, retry, () -> budget.department(r.department));
        } catch (PeerRejectedException e) {
            department = null; // optional: divisions then come from the organization section
        }
        requests.put(ReportData.MUNICIPAL, "GET budget-service /api/v1/departments/" + r.department + "/budgets/" + r.year
                + "/execution?asOf=" + asOfText + "&scope=MUNICIPAL");
        JsonNode municipal = rejected(() -> PeerCalls.unavailableUnlessRejected(BudgetGateway.PEER, retry,
                () -> budget.execution(r.department, r.year, asOfText, "MUNICIPAL")),
                "budget-service has no execution for department " + r.department + " in " + r.year);
        requests.put(ReportData.ALL, "GET budget-service /api/v1/departments/" + r.department + "/budgets/" + r.year
                + "/execution?asOf=" + asOfText + "&scope=ALL");
        JsonNode all = rejected(() -> PeerCalls.unavailableUnlessRejected(BudgetGateway.PEER, retry,
                () -> budget.execution(r.department, r.year, asOfText, "ALL")),
                "budget-service has no execution for department " + r.department + " in " + r.year);
        requests.put(ReportData.RANKING, "GET budget-service /api/v1/budgets/" + r.year + "/ranking?asOf=" + asOfText + "&scope=MUNICIPAL");
        JsonNode ranking = rejected(() -> PeerCalls.unavailableUnlessRejected(BudgetGateway.PEER, retry, () -> budget.ranking(r.year, asOfText, "MUNICIPAL")),
                "budget-service has no ranking for " + r.year);
        requests.put(ReportData.EVALUATION, "GET evaluation-service /api/v1/evaluations/" + r.evaluationId + "/result");
        JsonNode result = rejected(() -> PeerCalls.unavailableUnlessRejected(EvaluationGateway.PEER, retry, () -> evaluation.result(r.evaluationId)),
                "evaluation " + r.evaluationId + " does not exist or has not been scored yet (evaluation-service)");

        Instant fetchedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode snapshot = ReportData.snapshot(mapper, r.department, r.year, r.evaluationId, asOfText, fetchedAt.toString(),
                requests, department, municipal, all, ranking, result);
        ReportData data;
        try {
            data = ReportData.from(snapshot, mapper);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(502, "Bad Gateway", e.getMessage(), null);
        }
        List<Finding> findings = new ConsistencyChecker(config.ruleSettings()).check(data, draft.narrative());
        ObjectNode narrativeJson = mapper.createObjectNode();
        draft.narrative().forEach((k, v) -> narrativeJson.put(k.name(), v));
        String title = r.title != null ? r.title : DocumentAssembler.defaultTitle(r.year, data.departmentName());
        String canonicalSnapshot = CanonicalJson.write(snapshot);
        String hash = CanonicalJson.sha256(CanonicalJson.content(snapshot, narrativeJson, title));
        int fatal = (int) findings.stream().filter(f -> f.severity() == Severity.FATAL).count();

        return QuarkusTransaction.requiringNew().call(() -> {
            reports.lockById(id).orElseThrow(() -> ProblemException.notFound("no report " + id));
            ReportVersion v = new ReportVersion();
            v.reportId = id;
            v.version = versions.lastVersion(id) + 1;
            v.title = title;
            v.asOf = asOf;
            v.fetchedAt = fetchedAt;
            v.snapshot = canonicalSnapshot;
            v.narrative = CanonicalJson.write(narrativeJson);
            v.contentHash = hash;
            v.findings = json(findings);
            v.fatalCount = fatal;
            v.warningCount = findings.size() - fatal;
            v.status = ReportVersion.DRAFT;
            v.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            versions.persist(v);
            return new VersionCreated(id, v.version, v.asOf, v.fetchedAt, v.contentHash, v.status, v.fatalCount, v.warningCount, findings);
        });
    }

    private static JsonNode rejected(java.util.function.Supplier<JsonNode> call, String detail) {
        try {
            return call.get();
        } catch (PeerRejectedException e) {
            throw ProblemException.unprocessable(detail + " (" + e.peer() + " answered " + e.status() + ")", null);
        }
    }

    @Transactional
    public List<VersionSummary> versions(long id) {
        report(id);
        return versions.ofReport(id).stream().map(ReportService::summary).toList();
    }

    /** A stored version with its parsed content, for rendering. */
    public record Loaded(ReportVersion version, ReportData data, Map<SectionKey, String> narrative, List<Finding> findings) {
        public String footer() {
            return "版本 " + version.version + " · 数据截至 " + version.asOf + " · 取数时间 " + version.fetchedAt
                    + " · 内容哈希 sha256:" + version.contentHash;
        }
    }

    @Transactional
    public Loaded load(long id, int v) {
        ReportVersion version = versions.find(id, v)
                .orElseThrow(() -> ProblemException.notFound("report " + id + " has no version " + v));
        try {
            JsonNode snapshot = mapper.readTree(version.snapshot);
            Map<String, String> n = mapper.readValue(version.narrative, new TypeReference<Map<String, String>>() {
            });
            Map<SectionKey, String> narrative = new EnumMap<>(SectionKey.class);
            n.forEach((k, t) -> SectionKey.parse(k).ifPresent(sk -> narrative.put(sk, t)));
            return new Loaded(version, ReportData.from(snapshot, mapper), narrative, findings(version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored version " + version.id + " is unreadable", e);
        }
    }

    public ReportDocument document(Loaded l) {
        return new DocumentAssembler(config.ruleSettings()).assemble(l.data(), l.narrative(), l.version().title);
    }

    public VersionView view(Loaded l) {
        ReportVersion v = l.version();
        Map<String, String> narrative = new LinkedHashMap<>();
        l.narrative().forEach((k, t) -> narrative.put(k.name(), t));
        try {
            return new VersionView(v.reportId, v.version, v.title, l.data().departmentCode(), l.data().year(),
                    mapper.readTree(v.snapshot).path("evaluationId").asLong(), v.asOf, v.fetchedAt, v.contentHash, v.status,
                    v.createdAt, v.publishedAt, l.findings(), narrative, mapper.readTree(v.snapshot), document(l));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public List<Finding> findings(long id, int v) {
        return findings(versions.find(id, v).orElseThrow(() -> ProblemException.notFound("report " + id + " has no version " + v)));
    }

    @Transactional
    public VersionSummary publish(long id, int v) {
        ReportVersion version = versions.find(id, v)
                .orElseThrow(() -> ProblemException.notFound("report " + id + " has no version " + v));
        if (ReportVersion.PUBLISHED.equals(version.status)) {
            return summary(version);
        }
        if (version.fatalCount > 0) {
            List<Finding> fatal = findings(version).stream().filter(f -> f.severity() == Severity.FATAL).toList();
            throw new ProblemException(422, "Version has FATAL findings",
                    "version " + v + " of report " + id + " has " + fatal.size() + " FATAL finding(s); fix the data or the narrative and make a new version",
                    fatal.stream().map(f -> new FieldError(f.rule(), f.message())).toList()).with("findings", fatal);
        }
        version.status = ReportVersion.PUBLISHED;
        version.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        versions.flush();
        return summary(version);
    }

    // ------------------------------------------------------------------ helpers

    private Report report(long id) {
        return reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no report " + id));
    }

    private ReportView view(Report r) {
        Map<String, SectionView> s = new LinkedHashMap<>();
        Map<String, ReportSection> byKey = new LinkedHashMap<>();
        sections.ofReport(r.id).forEach(x -> byKey.put(x.key, x));
        for (SectionKey k : SectionKey.values()) {
            ReportSection x = byKey.get(k.name());
            s.put(k.name(), x == null ? new SectionView(k.name(), k.label, null, List.of(), null) : section(x));
        }
        List<VersionSummary> vs = versions.ofReport(r.id).stream().map(ReportService::summary).toList();
        return new ReportView(r.id, r.department, r.year, r.evaluationId, r.title, s, vs, r.createdAt, r.updatedAt);
    }

    private static SectionView section(ReportSection s) {
        SectionKey k = SectionKey.valueOf(s.key);
        return new SectionView(k.name(), k.label, s.text, PlaceholderCatalogue.keysIn(s.text), s.updatedAt);
    }

    private static VersionSummary summary(ReportVersion v) {
        return new VersionSummary(v.version, v.asOf, v.fetchedAt, v.contentHash, v.status, v.fatalCount, v.warningCount,
                v.createdAt, v.publishedAt);
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

    static List<String> copy(List<String> l) {
        return new ArrayList<>(l);
    }
}
