package org.jixiao.platform.security;

import io.quarkus.security.ForbiddenException;

/**
 * The caller is authenticated but may not do this (403). It carries what was refused, for the audit trail;
 * the message never says whether the thing asked for exists.
 */
public class AccessRefusedException extends ForbiddenException {
    private final String entity;
    private final String entityId;

    public AccessRefusedException(String message, String entity, String entityId) {
        super(message);
        this.entity = entity;
        this.entityId = entityId;
    }

    public String entity() {
        return entity;
    }

    public String entityId() {
        return entityId;
    }
}
