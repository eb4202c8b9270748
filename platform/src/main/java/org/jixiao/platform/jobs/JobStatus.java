package org.jixiao.platform.jobs;

/** A job's state. Only DONE frees its (type, parameters) for a new job. */
public enum JobStatus {
    /** Created (or resumed), its workers not started yet. */
    QUEUED,
    /** Its items are being worked on by this service. */
    RUNNING,
    /** Stopped before its end (restart, shutdown, an expired token): POST the same job again to resume it. */
    INTERRUPTED,
    /** Every item is DONE or FAILED. */
    DONE
}
