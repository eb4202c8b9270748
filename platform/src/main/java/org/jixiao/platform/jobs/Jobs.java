package org.jixiao.platform.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.jixiao.platform.audit.AuditTrail;
import org.jixiao.platform.paging.Page;
import org.jixiao.platform.paging.PageRequest;
import org.jixiao.platform.problem.FieldError;
import org.jixiao.platform.problem.ProblemException;
import org.jixiao.platform.security.Caller;

/**
 * Starting, resuming and reading jobs (docs/jobs.md). A job of a type and parameters runs once: while it is
 * unfinished, starting it again answers the same job, and resumes it when nobody runs it (after a restart or an
 * expired token) with the new starter's token, running only what is not DONE.
 */
@ApplicationScoped
@IfBuildProperty(name = "jixiao.jobs.enabled", stringValue = "true")
public class Jobs {
    private static final Logger LOG = Logger.getLogger(Jobs.class);

    private final JobStore store;
    private final JobRunner runner;
    private final Map<String, JobPlanner> planners = new TreeMap<>();
    private final Caller caller;
    private final AuditTrail audit;

    Jobs(JobStore store, JobRunner runner, Instance<JobPlanner> planners, Caller caller, AuditTrail audit) {
        this.store = store;
        this.runner = runner;
        this.caller = caller;
        this.audit = audit;
        planners.forEach(p -> this.planners.put(p.type(), p));
    }

    /** The job answered, and whether this request started or resumed it (else it was already running). */
    public record Started(JobView job, boolean launched) {
    }

    /**
     * Starts the job the body names, or answers the unfinished one of the same type and parameters (resuming it when
     * it is not running).
     *
     * @param authorization the starter's Authorization header, kept in memory for the run only
     * @param base          where the service reaches itself
     */
    public Started start(ObjectNode body, String authorization, URI base) {
        JobPlanner planner = planner(body);
        JobParams params = planner.params(body);
        long[] jobId = {0};
        boolean[] reserved = {false};
        Boolean launched;
        try {
            launched = QuarkusTransaction.requiringNew().call(() -> {
                Optional<Long> created = store.create(planner.type(), params, caller.subject());
                if (created.isPresent()) {
                    long id = created.get();
                    List<JobItem> items = planner.plan(params);
                    store.addItems(id, items);
                    audit.record("start", "job", String.valueOf(id), null, summary(planner, params, items.size()));
                    jobId[0] = id;
                    reserved[0] = runner.reserve(id);
                    return reserved[0];
                }
                JobStore.JobRow unfinished = store.lockUnfinished(planner.type(), params)
                        .orElseThrow(() -> ProblemException.conflict("the job changed while it was being started; try again"));
                jobId[0] = unfinished.id();
                reserved[0] = runner.reserve(unfinished.id());
                if (!reserved[0]) {
                    return false;
                }
                List<JobItem> items = planner.plan(params);
                store.addItems(unfinished.id(), items);
                store.resetUnfinishedItems(unfinished.id());
                store.setStatus(unfinished.id(), JobStatus.QUEUED);
                audit.record("resume", "job", String.valueOf(unfinished.id()), unfinished.status().name(),
                        summary(planner, params, items.size()));
                return true;
            });
        } catch (RuntimeException e) {
            if (reserved[0]) {
                runner.unreserve(jobId[0]);
            }
            throw e;
        }
        if (launched) {
            runner.launch(jobId[0], planner, authorization, base);
        }
        return new Started(view(jobId[0], true), launched);
    }

    private static Map<String, Object> summary(JobPlanner planner, JobParams params, int items) {
        return Map.of("type", planner.type(), "params", params.values(), "items", items);
    }

    private JobPlanner planner(ObjectNode body) {
        String known = String.join(", ", planners.keySet());
        if (!body.hasNonNull(JobParams.TYPE) || !body.get(JobParams.TYPE).isTextual()) {
            throw ProblemException.invalidField(JobParams.TYPE, "is required: one of " + known);
        }
        String type = body.get(JobParams.TYPE).asText();
        JobPlanner planner = planners.get(type);
        if (planner == null) {
            String shown = type.length() > 40 ? type.substring(0, 40) + "…" : type;
            throw ProblemException.invalid("unknown job type '" + shown + "'",
                    List.of(new FieldError(JobParams.TYPE, "one of " + known)));
        }
        return planner;
    }

    /** The job with its progress, and its failures when asked. */
    public JobView get(long id) {
        return view(id, true);
    }

    public Page<JobView> list(String type, JobStatus status, PageRequest page) {
        Page<JobStore.JobRow> rows = store.list(type, status, page);
        return Page.of(rows.items().stream().map(r -> view(r, false)).toList(), rows.total(), page);
    }

    /** The job types of this service, for documentation and errors. */
    public Map<String, String> types() {
        Map<String, String> types = new TreeMap<>();
        planners.forEach((type, p) -> types.put(type, p.description()));
        return types;
    }

    private JobView view(long id, boolean withFailures) {
        return view(store.find(id).orElseThrow(() -> ProblemException.notFound("no job " + id)), withFailures);
    }

    private JobView view(JobStore.JobRow row, boolean withFailures) {
        JobProgress p = store.progress(row.id());
        return new JobView(row.id(), row.type(), store.params(row), row.status(), p.total(), p.done(), p.failed(),
                p.remaining(), withFailures ? store.failures(row.id()) : null, row.startedBy(), row.createdAt(),
                row.startedAt(), row.finishedAt());
    }

    /** At startup, and in tests that simulate one: jobs left unfinished by a previous process become INTERRUPTED. */
    public List<Long> recoverAfterRestart() {
        List<Long> interrupted = store.interruptUnfinished(runner.runningHere());
        if (!interrupted.isEmpty()) {
            LOG.infof("jobs %s were unfinished at startup: INTERRUPTED until started again (POST /api/v1/jobs)", interrupted);
        }
        return interrupted;
    }

    void onStart(@Observes StartupEvent event) {
        recoverAfterRestart();
    }
}
