package org.jixiao.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.evaluation.domain.IndicatorInput;

/** The inputs entered per evaluation and indicator code, held as a JSON column. */
@ApplicationScoped
public class IndicatorInputRepository implements PanacheRepository<IndicatorInputEntity> {
    private final JsonColumns json;

    IndicatorInputRepository(JsonColumns json) {
        this.json = json;
    }

    /** Stores an indicator's input, replacing the one entered before. */
    public void put(long evaluationId, String code, IndicatorInput input) {
        IndicatorInputEntity row = find("evaluationId = ?1 and code = ?2", evaluationId, code).firstResultOptional()
                .orElseGet(() -> {
                    IndicatorInputEntity created = new IndicatorInputEntity();
                    created.evaluationId = evaluationId;
                    created.code = code;
                    return created;
                });
        row.input = json.write(input);
        row.updatedAt = OffsetDateTime.now();
        persist(row);
    }

    /** An evaluation's inputs by code. */
    public Map<String, IndicatorInput> of(long evaluationId) {
        return of(List.of(evaluationId)).getOrDefault(evaluationId, Map.of());
    }

    /** Inputs by evaluation, each by code (sorted), in one query. */
    public Map<Long, Map<String, IndicatorInput>> of(Collection<Long> evaluationIds) {
        Map<Long, Map<String, IndicatorInput>> inputs = new HashMap<>();
        if (!evaluationIds.isEmpty()) {
            list("evaluationId in ?1", evaluationIds).forEach(row -> inputs
                    .computeIfAbsent(row.evaluationId, k -> new TreeMap<>())
                    .put(row.code, json.read(row.input, IndicatorInput.class)));
        }
        return inputs;
    }
}
