package org.jixiao.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of a service's audit trail: who (subject, roles, departments of the token), when, what (action on an
 * entity, and the HTTP operation), the outcome (DONE or REFUSED) and short summaries of the state before and after.
 */
public record AuditRecord(long id, OffsetDateTime at, String subject, List<String> roles, List<String> departments,
                          Outcome outcome, String action, String entity, String entityId, String operation,
                          String before, String after) {

    public enum Outcome {
        /** The write happened (the record is stored in the write's own transaction). */
        DONE,
        /** The caller was authenticated but not allowed (403). */
        REFUSED
    }
}
