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

/**
 * The typed view of a version's data snapshot. The snapshot itself is the JSON exactly as fetched from the peers:
 * {@code {department, year, evaluationId, asOf, fetchedAt, requests{}, departmentInfo, executionMunicipal,
 * executionAll, ranking, evaluation, projectEvaluations[]}}; {@code projectEvaluations} holds the results of the
 * department's scored project self-evaluations (absent in versions made before the tables: none).
 */
public record ReportData(String departmentCode, int year, String asOf, String fetchedAt, Department department,
        Execution municipal, Execution all, Ranking ranking, EvaluationResult evaluation, List<ProjectResult> projects) {

    public static final String DEPARTMENT = "departmentInfo";
    public static final String MUNICIPAL = "executionMunicipal";
    public static final String ALL = "executionAll";
    public static final String RANKING = "ranking";
    public static final String EVALUATION = "evaluation";
    public static final String PROJECTS = "projectEvaluations";
    /** The request listing the project evaluations (noted in {@code requests}; the list itself is not kept). */
    public static final String PROJECT_LIST = "projectEvaluationList";

    public ReportData {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    /** Assembles the snapshot JSON from what was fetched. */
    public static ObjectNode snapshot(ObjectMapper mapper, String departmentCode, int year, long evaluationId, String asOf,
            String fetchedAt, Map<String, String> requests, JsonNode departmentInfo, JsonNode municipal, JsonNode all,
            JsonNode ranking, JsonNode evaluation, JsonNode projectEvaluations) {
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
                    read(mapper, snapshot.get(EVALUATION), EvaluationResult.class), projects(mapper, snapshot.get(PROJECTS)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("snapshot does not match the peers' documented shapes: " + e.getOriginalMessage(), e);
        }
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

    /** How the department speaks of itself: 广州市信访局 → 我局, …委员会 → 我委, otherwise 本部门. */
    public String selfReference() {
        String name = departmentName();
        if (name != null && !name.isEmpty()) {
            char last = name.charAt(name.length() - 1);
            if (name.endsWith("委员会")) {
                return "我委";
            }
            if ("局委办厅院署馆".indexOf(last) >= 0) {
                return "我" + last;
            }
        }
        return "本部门";
    }
}
