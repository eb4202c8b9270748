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

    /**
     * Stores an indicator's input, replacing the one entered before, in one statement: clients entering the
     * same indicator at once each succeed (the last one stays) instead of racing to insert the first row.
     */
    public void put(long evaluationId, String code, IndicatorInput input) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO indicator_input (evaluation_id, code, input, updated_at)
                        VALUES (:evaluation, :code, CAST(:input AS jsonb), :now)
                        ON CONFLICT (evaluation_id, code) DO UPDATE SET input = EXCLUDED.input, updated_at = EXCLUDED.updated_at""")
                .setParameter("evaluation", evaluationId)
                .setParameter("code", code)
                .setParameter("input", json.write(input))
                .setParameter("now", OffsetDateTime.now())
                .executeUpdate();
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
