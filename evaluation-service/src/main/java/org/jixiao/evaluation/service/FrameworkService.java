package org.jixiao.evaluation.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.Rules;
import org.jixiao.evaluation.repository.FrameworkEntity;
import org.jixiao.evaluation.rest.FrameworkView;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Frameworks are versioned: posting an existing code adds a version; a version never changes. */
@ApplicationScoped
public class FrameworkService {
    private final Json json;

    public FrameworkService(Json json) {
        this.json = json;
    }

    /**
     * @param readProblems what was wrong while reading the request (unknown methods), reported with the rest
     */
    @Transactional
    public FrameworkView create(FrameworkNode tree, List<FieldError> readProblems) {
        if (tree == null) {
            throw ProblemException.invalid("the body must be a framework tree", List.of());
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        readProblems.forEach(p -> reported.add(p.field()));
        List<FieldError> problems = new java.util.ArrayList<>(readProblems);
        Rules.framework(tree).stream().filter(p -> !reported.contains(p.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the framework is not valid: " + problems.size() + " problem(s)", problems);
        }
        FrameworkEntity.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, tree.code()).getSingleResult();
        int next = FrameworkEntity.latest(tree.code()).map(f -> f.version + 1).orElse(1);
        FrameworkEntity entity = new FrameworkEntity();
        entity.code = tree.code();
        entity.version = next;
        entity.name = tree.name();
        entity.tree = json.write(tree);
        entity.persist();
        return view(entity);
    }

    public FrameworkEntity entity(String code, Integer version) {
        return (version == null ? FrameworkEntity.latest(code) : FrameworkEntity.version(code, version))
                .orElseThrow(() -> ProblemException.notFound("framework " + code
                        + (version == null ? "" : " version " + version) + " does not exist"));
    }

    public FrameworkView get(String code, Integer version) {
        return view(entity(code, version));
    }

    private static final String LATEST = "from FrameworkEntity f where f.version = "
            + "(select max(g.version) from FrameworkEntity g where g.code = f.code)";

    /** The latest version of every framework, by code, a page at a time. */
    public List<FrameworkView> latest(PageRequest request) {
        return FrameworkEntity.<FrameworkEntity>find(LATEST, Sort.by("code")).page(request.page(), request.size()).list().stream()
                .map(this::view).toList();
    }

    public long countLatest() {
        return FrameworkEntity.getEntityManager()
                .createQuery("select count(distinct f.code) from FrameworkEntity f", Long.class).getSingleResult();
    }

    public FrameworkNode tree(FrameworkEntity entity) {
        return json.read(entity.tree, FrameworkNode.class);
    }

    private FrameworkView view(FrameworkEntity entity) {
        return FrameworkView.of(tree(entity), entity.version, entity.createdAt);
    }
}
