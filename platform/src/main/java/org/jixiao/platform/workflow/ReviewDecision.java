package org.jixiao.platform.workflow;

/** The finance bureau's decision on a SUBMITTED item: accept it, or return it with comments. */
public enum ReviewDecision {
    ACCEPT,
    RETURN
}
