package org.jixiao.platform.security;

import java.util.List;

/**
 * The roles a token's groups claim may carry (docs/security.md). Constants, so that resources can name
 * them in {@code @RolesAllowed}; a token with none of them is refused (403) on every /api/v1 call.
 */
public final class Roles {
    /** The finance bureau and the finance platform's service account: everything. */
    public static final String FINANCE = "finance";
    /** A department's user: only the department in the token's department claim. */
    public static final String DEPARTMENT = "department";
    /** Reads everything, writes nothing. */
    public static final String AUDITOR = "auditor";
    /** An evaluation firm: reads the departments in its department claim and scores THIRD_PARTY evaluations of them. */
    public static final String THIRD_PARTY = "third-party";

    public static final List<String> ALL = List.of(FINANCE, DEPARTMENT, AUDITOR, THIRD_PARTY);

    private Roles() {
    }
}
