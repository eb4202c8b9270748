package org.jixiao.report.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.data.Department;
import org.jixiao.report.domain.data.EvaluationResult;
import org.jixiao.report.domain.data.Execution;
import org.jixiao.report.domain.data.ProjectResult;
import org.jixiao.report.domain.data.Ranking;
import org.jixiao.report.domain.data.RankingEntry;
import org.jixiao.report.domain.data.Rectifications;

/**
 * The typed view of a version's data snapshot. The snapshot itself is the JSON exactly as fetched from the peers:
 * {@code {department, year, evaluationId, asOf, fetchedAt, requests{}, departmentInfo, executionMunicipal,
 * executionAll, ranking, evaluation, projectEvaluations[]}}; {@code projectEvaluations} holds the results of the
 * department's scored project self-evaluations (absent in versions made before the tables: none).
 */
public record ReportData(String departmentCode, int year, String asOf, String fetchedAt, Department department,
        Execution municipal, Execution all, Ranking ranking, EvaluationResult evaluation, List<ProjectResult> projects,
        Wording wording, List<Rectifications.Item> rectifications) {

    public static final String DEPARTMENT = "departmentInfo";
    public static final String MUNICIPAL = "executionMunicipal";
    public static final String ALL = "executionAll";
    public static final String RANKING = "ranking";
    public static final String EVALUATION = "evaluation";
    /** How the report speaks (resolved at assembly); absent in versions assembled before it existed. */
    public static final String WORDING = "wording";
    public static final String PROJECTS = "projectEvaluations";
    /** The request listing the project evaluations (noted in {@code requests}; the list itself is not kept). */
    public static final String PROJECT_LIST = "projectEvaluationList";
    /**
     * The department's rectification items (整改) of the year before, as evaluation-service listed them; present only
     * when there are any, so that a version without them keeps the snapshot (and content hash) it had before.
     */
    public static final String RECTIFICATIONS = "previousYearRectifications";

    public ReportData {
        projects = projects == null ? List.of() : List.copyOf(projects);
        rectifications = rectifications == null ? List.of() : List.copyOf(rectifications);
    }

    /** Assembles the snapshot JSON from what was fetched. */
    public static ObjectNode snapshot(ObjectMapper mapper, String departmentCode, int year, long evaluationId, String asOf,
            String fetchedAt, Map<String, String> requests, JsonNode departmentInfo, JsonNode municipal, JsonNode all,
            JsonNode ranking, JsonNode evaluation) {
        return snapshot(mapper, departmentCode, year, evaluationId, asOf, fetchedAt, requests, departmentInfo, municipal, all,
                ranking, evaluation, null, null);
    }

    /** Assembles the snapshot JSON from what was fetched and the wording resolved for it. */
    public static ObjectNode snapshot(ObjectMapper mapper, String departmentCode, int year, long evaluationId, String asOf,
            String fetchedAt, Map<String, String> requests, JsonNode departmentInfo, JsonNode municipal, JsonNode all,
            JsonNode ranking, JsonNode evaluation, JsonNode projectEvaluations, Wording wording) {
        ObjectNode s = mapper.createObjectNode();
        s.put("department", departmentCode);
        s.put("year", year);
        s.put("evaluationId", evaluationId);
        s.put("asOf", asOf);
        s.put("fetchedAt", fetchedAt);
        ObjectNode req = s.putObject("requests");
        requests.forEach(req::put);
        s.set(DEPARTMENT, departmentInfo == null ? mapper.nullNode() : departmentInfo);
        s.set(MUNICIPAL, municipal);
        s.set(ALL, all);
        s.set(RANKING, ranking);
        s.set(EVALUATION, evaluation);
        s.set(PROJECTS, projectEvaluations == null ? mapper.createArrayNode() : projectEvaluations);
        if (wording != null) {
            s.set(WORDING, mapper.valueToTree(wording));
        }
        return s;
    }

    public static ReportData from(JsonNode snapshot, ObjectMapper mapper) {
        try {
            return new ReportData(snapshot.path("department").asText(), snapshot.path("year").asInt(),
                    snapshot.path("asOf").asText(null), snapshot.path("fetchedAt").asText(null),
                    read(mapper, snapshot.get(DEPARTMENT), Department.class),
                    read(mapper, snapshot.get(MUNICIPAL), Execution.class),
                    read(mapper, snapshot.get(ALL), Execution.class),
                    read(mapper, snapshot.get(RANKING), Ranking.class),
                    read(mapper, snapshot.get(EVALUATION), EvaluationResult.class), projects(mapper, snapshot.get(PROJECTS)),
                    wording(mapper, snapshot), rectifications(mapper, snapshot.get(RECTIFICATIONS)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("snapshot does not match the peers' documented shapes: " + e.getOriginalMessage(), e);
        }
    }

    /** The snapshot's wording, or, for a version assembled before wording was kept, the municipal defaults it was written with. */
    private static Wording wording(ObjectMapper mapper, JsonNode snapshot) throws JsonProcessingException {
        Wording kept = read(mapper, snapshot.get(WORDING), Wording.class);
        if (kept != null) {
            return kept;
        }
        Department department = read(mapper, snapshot.get(DEPARTMENT), Department.class);
        Execution municipal = read(mapper, snapshot.get(MUNICIPAL), Execution.class);
        String name = department != null && department.name() != null ? department.name()
                : municipal != null ? municipal.departmentName() : null;
        return Wording.resolve(department, name, "MUNICIPAL", null);
    }

    private static List<ProjectResult> projects(ObjectMapper mapper, JsonNode results) throws JsonProcessingException {
        List<ProjectResult> out = new ArrayList<>();
        if (results != null && results.isArray()) {
            for (JsonNode r : results) {
                out.add(mapper.treeToValue(r, ProjectResult.class));
            }
        }
        return out;
    }

    private static List<Rectifications.Item> rectifications(ObjectMapper mapper, JsonNode page) throws JsonProcessingException {
        Rectifications read = read(mapper, page, Rectifications.class);
        return read == null ? List.of() : read.itemList();
    }

    /** The snapshot with the previous year's rectification items, when evaluation-service listed any. */
    public static ObjectNode withRectifications(ObjectNode snapshot, JsonNode page) {
        if (page != null && page.path("items").isArray() && !page.path("items").isEmpty()) {
            snapshot.set(RECTIFICATIONS, page);
        }
        return snapshot;
    }

    /** A project's result by its projectKey, or null. */
    public ProjectResult project(String projectKey) {
        return projects.stream().filter(p -> projectKey.equals(p.projectKey())).findFirst().orElse(null);
    }

    private static <T> T read(ObjectMapper mapper, JsonNode node, Class<T> type) throws JsonProcessingException {
        return node == null || node.isNull() || node.isMissingNode() ? null : mapper.treeToValue(node, type);
    }

    /** The department's name: from the department record, else from the execution answer. */
    public String departmentName() {
        if (department != null && department.name() != null) {
            return department.name();
        }
        if (municipal != null && municipal.departmentName() != null) {
            return municipal.departmentName();
        }
        return departmentCode;
    }

    /** This department's row of the city ranking, or null. */
    public RankingEntry rankingEntry() {
        if (ranking == null) {
            return null;
        }
        return ranking.entries().stream().filter(e -> departmentCode.equals(e.department())).findFirst().orElse(null);
    }

    /** How the department speaks of itself (我局, 我镇, 本单位): {@link Wording}. */
    public String selfReference() {
        return wording.selfReference();
    }
}
