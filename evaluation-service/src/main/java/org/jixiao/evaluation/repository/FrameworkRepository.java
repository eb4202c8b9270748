package org.jixiao.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;

/** Framework versions: added, never changed. */
@ApplicationScoped
public class FrameworkRepository implements PanacheRepository<FrameworkEntity> {
    private static final String LATEST = "from FrameworkEntity f where f.version = "
            + "(select max(g.version) from FrameworkEntity g where g.code = f.code)";

    private final JsonColumns json;

    FrameworkRepository(JsonColumns json) {
        this.json = json;
    }

    public Optional<FrameworkEntity> latest(String code) {
        return find("code = ?1 order by version desc", code).firstResultOptional();
    }

    public Optional<FrameworkEntity> version(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    /** The latest version of every framework, by code, a page at a time. */
    public Page<FrameworkEntity> latestVersions(PageRequest request) {
        PanacheQuery<FrameworkEntity> latest = find(LATEST, Sort.by("code"));
        long codes = getEntityManager().createQuery("select count(distinct f.code) from FrameworkEntity f", Long.class)
                .getSingleResult();
        return Page.of(latest.page(request.page(), request.size()).list(), codes, request);
    }

    /**
     * Stores the tree as the next version of its code. Posts of one code are numbered one at a time
     * (a transaction-scoped advisory lock on the code), so two never get the same version.
     */
    public FrameworkEntity addVersion(FrameworkNode tree) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, tree.code()).getSingleResult();
        FrameworkEntity entity = new FrameworkEntity();
        entity.code = tree.code();
        entity.version = latest(tree.code()).map(f -> f.version + 1).orElse(1);
        entity.name = tree.name();
        entity.tree = json.write(tree);
        persist(entity);
        return entity;
    }

    public FrameworkNode tree(FrameworkEntity entity) {
        return json.read(entity.tree, FrameworkNode.class);
    }
}
