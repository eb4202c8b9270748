package org.jixiao.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.jixiao.platform.audit.AuditTrail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.evaluation.domain.FrameworkNode;
import org.jixiao.evaluation.domain.Rules;
import org.jixiao.evaluation.repository.FrameworkEntity;
import org.jixiao.evaluation.repository.FrameworkRepository;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;

/** Frameworks are versioned: posting an existing code adds a version; a version never changes. */
@ApplicationScoped
public class FrameworkService {
    private final FrameworkRepository frameworks;
    private final AuditTrail audit;

    public FrameworkService(FrameworkRepository frameworks, AuditTrail audit) {
        this.frameworks = frameworks;
        this.audit = audit;
    }

    /**
     * @param readProblems what was wrong while reading the request (unknown methods), reported with the rest
     */
    @Transactional
    public FrameworkVersion create(FrameworkNode tree, List<FieldError> readProblems) {
        Set<String> reported = new HashSet<>();
        readProblems.forEach(p -> reported.add(p.field()));
        List<FieldError> problems = new ArrayList<>(readProblems);
        Rules.framework(tree).stream().filter(p -> !reported.contains(p.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the framework is not valid: " + problems.size() + " problem(s)", problems);
        }
        FrameworkVersion created = version(frameworks.addVersion(tree));
        audit.record("create", "framework", tree.code() + "@" + created.version(), null,
                Map.of("name", tree.name(), "points", tree.points(), "nodes", tree.flatten().count()));
        return created;
    }

    public FrameworkEntity entity(String code, Integer version) {
        return (version == null ? frameworks.latest(code) : frameworks.version(code, version))
                .orElseThrow(() -> ProblemException.notFound("framework " + code
                        + (version == null ? "" : " version " + version) + " does not exist"));
    }

    public FrameworkVersion get(String code, Integer version) {
        return version(entity(code, version));
    }

    /** The latest version of every framework, by code, a page at a time. */
    public Page<FrameworkVersion> latest(PageRequest request) {
        Page<FrameworkEntity> page = frameworks.latestVersions(request);
        return Page.of(page.items().stream().map(this::version).toList(), page.total(), request);
    }

    public FrameworkNode tree(FrameworkEntity entity) {
        return frameworks.tree(entity);
    }

    private FrameworkVersion version(FrameworkEntity entity) {
        return new FrameworkVersion(tree(entity), entity.version, entity.createdAt);
    }
}
