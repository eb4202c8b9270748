package org.jixiao.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified token: subject, roles (the groups claim) and the departments of the
 * department claim. Answers the one question every service asks: may this caller see or change that department?
 * Finance and auditors see every department; department and third-party users only those of their claim.
 */
@RequestScoped
public class Caller {
    /** The token claim naming the caller's department (department role) or assigned departments (third-party). */
    public static final String DEPARTMENT_CLAIM = "department";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    @Inject
    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The departments of the department claim (a string or an array of strings), sorted. */
    public Set<String> departments() {
        if (identity.isAnonymous()) {
            return Set.of();
        }
        return departmentsOf(token.getClaim(DEPARTMENT_CLAIM));
    }

    static Set<String> departmentsOf(Object claim) {
        Set<String> codes = new TreeSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> add(codes, v));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(v -> add(codes, v));
        } else if (claim != null) {
            add(codes, claim);
        }
        return Collections.unmodifiableSet(codes);
    }

    private static void add(Set<String> codes, Object value) {
        String code = value instanceof JsonString s ? s.getString()
                : value instanceof JsonValue v && v.getValueType() != JsonValue.ValueType.STRING ? null
                : value == null ? null : value.toString();
        if (code != null && !code.isBlank()) {
            codes.add(code.strip());
        }
    }

    /** Finance and auditors see every department's data. */
    public boolean seesEverything() {
        return has(Roles.FINANCE) || has(Roles.AUDITOR);
    }

    /** Whether the caller may read this department's data. */
    public boolean sees(String department) {
        return seesEverything() || ((has(Roles.DEPARTMENT) || has(Roles.THIRD_PARTY)) && departments().contains(department));
    }

    /**
     * The departments a list shows to this caller: empty when it sees every department, else the claim's
     * (possibly none: then every list is empty).
     */
    public Optional<Set<String>> departmentScope() {
        if (seesEverything()) {
            return Optional.empty();
        }
        return Optional.of(has(Roles.DEPARTMENT) || has(Roles.THIRD_PARTY) ? departments() : Set.of());
    }

    /** 403 unless the caller may read the department's data; the same answer whether it exists or not. */
    public void requireSees(String entity, String department) {
        if (!sees(department)) {
            throw new AccessRefusedException("the caller may not read " + entity + "s of department " + department,
                    entity, department);
        }
    }

    /**
     * 403 unless the caller holds one of the roles and, for department and third-party users, the department is
     * theirs. Finance passes everywhere; an auditor never writes.
     */
    public void requireWrites(String entity, String entityId, String department, List<String> rolesAllowed) {
        boolean allowed = has(Roles.FINANCE) && rolesAllowed.contains(Roles.FINANCE)
                || rolesAllowed.stream().filter(r -> !r.equals(Roles.FINANCE) && !r.equals(Roles.AUDITOR))
                .anyMatch(r -> has(r) && departments().contains(department));
        if (!allowed) {
            throw new AccessRefusedException("the caller (" + String.join(", ", roles()) + ") may not change this "
                    + entity + (department == null ? "" : " of department " + department), entity, entityId);
        }
    }

    /** A short text for the audit trail: subject and roles. */
    @Override
    public String toString() {
        return subject() + " " + roles();
    }
}
