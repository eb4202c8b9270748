package org.jixiao.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jixiao.platform.peer.PeerCalls;
import org.jixiao.platform.peer.PeerAccessDeniedException;
import org.jixiao.platform.peer.PeerRejectedException;
import org.jixiao.platform.peer.PeerUnavailableException;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.report.client.BudgetGateway;
import org.jixiao.report.client.EvaluationGateway;
import org.jixiao.report.client.PeerTimings;
import org.jixiao.report.config.ReportConfig;
import org.jixiao.report.domain.ReportData;
import org.jixiao.report.domain.Wording;
import org.jixiao.report.domain.data.Department;
import org.jixiao.report.domain.data.ProjectEvaluations;
import org.jixiao.report.repository.Report;

/**
 * Fetches what a version of a report is made of from budget-service and evaluation-service (outside any transaction).
 * A peer that is down gives 503; a peer that does not know the department, year or evaluation gives 422.
 */
@ApplicationScoped
public class SnapshotFetcher {
    @Inject
    BudgetGateway budget;
    @Inject
    EvaluationGateway evaluation;
    @Inject
    ReportConfig config;
    @Inject
    ObjectMapper mapper;

    /**
     * @param json the snapshot as stored: the peers' JSON exactly as fetched, and the requests made
     * @param data the records read from it
     */
    public record Snapshot(ObjectNode json, ReportData data, Instant fetchedAt) {
    }

    /**
     * The requests (five, then the project evaluations), one after another; the first that fails ends the fetch. Together they get
     * {@link PeerTimings#VERSION_MS}: past it, 503 with Retry-After, whatever the peers were doing.
     */
    public Snapshot fetch(Report r, LocalDate asOf) {
        Map<String, String> requests = new LinkedHashMap<>();
        try {
            return fetchInTime(r, asOf, requests);
        } catch (TimeoutException e) {
            String waitingFor = requests.isEmpty() ? "" : List.copyOf(requests.values()).get(requests.size() - 1);
            throw new PeerUnavailableException(waitingFor.contains(EvaluationGateway.PEER) ? EvaluationGateway.PEER : BudgetGateway.PEER,
                    config.peerRetryAfterSeconds(), "the peers did not answer a version's requests within " + PeerTimings.VERSION_MS
                    + " ms (waiting for " + waitingFor + ")", e);
        }
    }

    /** @param requests filled as the requests are made: the last one is the one in flight */
    @Timeout(value = PeerTimings.VERSION_MS, unit = ChronoUnit.MILLIS)
    Snapshot fetchInTime(Report r, LocalDate asOf, Map<String, String> requests) {
        String at = asOf.toString();
        String execution = "/api/v1/departments/" + r.department + "/budgets/" + r.year + "/execution?asOf=" + at + "&scope=";
        String noExecution = "budget-service has no execution for department " + r.department + " in " + r.year;
        JsonNode department = optional(() -> get(requests, ReportData.DEPARTMENT, BudgetGateway.PEER, "/api/v1/departments/" + r.department,
                () -> budget.department(r.department)));
        JsonNode municipal = required(noExecution, () -> get(requests, ReportData.MUNICIPAL, BudgetGateway.PEER, execution + "MUNICIPAL",
                () -> budget.execution(r.department, r.year, at, "MUNICIPAL")));
        JsonNode all = required(noExecution, () -> get(requests, ReportData.ALL, BudgetGateway.PEER, execution + "ALL",
                () -> budget.execution(r.department, r.year, at, "ALL")));
        JsonNode ranking = required("budget-service has no ranking for " + r.year, () -> get(requests, ReportData.RANKING,
                BudgetGateway.PEER, "/api/v1/budgets/" + r.year + "/ranking?asOf=" + at + "&scope=MUNICIPAL",
                () -> budget.ranking(r.year, at, "MUNICIPAL")));
        JsonNode result = required("evaluation " + r.evaluationId + " does not exist or has not been scored yet (evaluation-service)",
                () -> get(requests, ReportData.EVALUATION, EvaluationGateway.PEER, "/api/v1/evaluations/" + r.evaluationId + "/result",
                        () -> evaluation.result(r.evaluationId)));
        ArrayNode projects = projectResults(r, requests);
        JsonNode rectifications = previousYearRectifications(r, requests);
        Instant fetchedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode json = ReportData.withRectifications(ReportData.snapshot(mapper, r.department, r.year, r.evaluationId, at,
                fetchedAt.toString(), requests, department, municipal, all, ranking, result, projects, wording(department, municipal)),
                rectifications);
        return new Snapshot(json, read(json), fetchedAt);
    }

    /** How this version will speak: the department's settings, else its name and the installation's (docs/report.md). */
    private Wording wording(JsonNode department, JsonNode municipal) {
        Department info;
        try {
            info = department == null ? null : mapper.convertValue(department, Department.class);
        } catch (IllegalArgumentException e) {
            info = null; // not a department's shape: reading the snapshot reports it (502)
        }
        String name = info != null && info.name() != null ? info.name() : municipal.path("departmentName").asText(null);
        return Wording.resolve(info, name, config.wordingLevel(), config.wordingRankingArea().orElse(null));
    }

    /**
     * The results of the department's scored project self-evaluations (one 项目支出绩效自评表 each), in the order
     * evaluation-service lists them; an evaluation not scored yet has no table.
     */
    private ArrayNode projectResults(Report r, Map<String, String> requests) {
        String list = "/api/v1/evaluations?department=" + r.department + "&year=" + r.year + "&kind=SELF&subject=PROJECT&size="
                + EvaluationGateway.MAX_PROJECTS;
        JsonNode listed = required("evaluation-service does not list the project evaluations of " + r.department + " in " + r.year,
                () -> get(requests, ReportData.PROJECT_LIST, EvaluationGateway.PEER, list,
                        () -> evaluation.projectEvaluations(r.department, r.year)));
        ArrayNode results = mapper.createArrayNode();
        for (ProjectEvaluations.Item item : readList(listed).itemList()) {
            if (item.id() == null || item.total() == null) {
                continue;
            }
            long id = item.id();
            String member = ReportData.PROJECTS + "[" + results.size() + "]";
            results.add(required("project evaluation " + id + " is listed but has no result (evaluation-service)",
                    () -> get(requests, member, EvaluationGateway.PEER, "/api/v1/evaluations/" + id + "/result",
                            () -> evaluation.result(id))));
        }
        return results;
    }

    /**
     * The department's rectification items found the year before (上年度绩效评价问题整改情况), or null when it has none. The
     * request is noted only when it gives items, so a version without any keeps the snapshot and hash it had before
     * rectification existed; a 4xx other than 403 (an evaluation-service without rectification) counts as none.
     */
    private JsonNode previousYearRectifications(Report r, Map<String, String> requests) {
        int year = r.year - 1;
        JsonNode page = optional(() -> get(requests, ReportData.RECTIFICATIONS, EvaluationGateway.PEER, "/api/v1/rectifications?department="
                + r.department + "&year=" + year + "&size=" + EvaluationGateway.MAX_RECTIFICATIONS,
                () -> evaluation.rectifications(r.department, year)));
        if (page == null || !page.path("items").isArray() || page.path("items").isEmpty()) {
            requests.remove(ReportData.RECTIFICATIONS);
            return null;
        }
        return page;
    }

    private ProjectEvaluations readList(JsonNode listed) {
        try {
            return mapper.treeToValue(listed, ProjectEvaluations.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProblemException(502, "Bad Gateway", "evaluation-service's list of project evaluations does not match its documented shape", null);
        }
    }

    /** Notes the request under the snapshot member it fills, then makes it: 503 when the peer is unavailable. */
    private JsonNode get(Map<String, String> requests, String member, String peer, String path, Supplier<JsonNode> call) {
        requests.put(member, "GET " + peer + " " + path);
        return PeerCalls.unavailableUnlessRejected(peer, config.peerRetryAfterSeconds(), call);
    }

    /** The department record is optional: without it, divisions come from the organization section. */
    private static JsonNode optional(Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (PeerAccessDeniedException e) {
            throw e;
        } catch (PeerRejectedException e) {
            return null;
        }
    }

    private static JsonNode required(String detail, Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (PeerAccessDeniedException e) {
            throw e;
        } catch (PeerRejectedException e) {
            throw ProblemException.unprocessable(detail + " (" + e.peer() + " answered " + e.status() + ")", null);
        }
    }

    /** The snapshot read once into the records; an answer that does not fit them is the peer's fault (502). */
    private ReportData read(ObjectNode json) {
        try {
            return ReportData.from(json, mapper);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(502, "Bad Gateway", e.getMessage(), null);
        }
    }
}
