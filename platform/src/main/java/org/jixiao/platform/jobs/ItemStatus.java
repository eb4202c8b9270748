package org.jixiao.platform.jobs;

/** A job item's state. */
public enum ItemStatus {
    PENDING, RUNNING, DONE, FAILED
}
