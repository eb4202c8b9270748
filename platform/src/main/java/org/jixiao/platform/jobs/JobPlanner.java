package org.jixiao.platform.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A job type a service offers (a CDI bean in the service's service/ package): its name, its parameters and the
 * items it consists of. Items are requests to the service's own API, run with the starter's token, so a job may do
 * only what its starter may do, one item at a time, each authorised and audited by the endpoint itself.
 */
public interface JobPlanner {
    /** The type name clients send, e.g. SCORE_YEAR. */
    String type();

    /** One line for people (OpenAPI, errors listing the types). */
    String description();

    /** The parameters of a request body (its members other than "type"); a 400 naming each wrong member. */
    JobParams params(ObjectNode body);

    /**
     * The items, in the order they should run, planned in the starter's request and transaction (again when a job
     * resumes: items with a key already planned are kept as they are). Item keys are unique within a job.
     */
    List<JobItem> plan(JobParams params);

    /** What an item's answer means; by default a 2xx is DONE, anything else FAILED with the problem's title and detail. */
    default ItemOutcome judge(JobItem item, int httpStatus, String body) {
        return ItemOutcome.of(httpStatus, body);
    }
}
