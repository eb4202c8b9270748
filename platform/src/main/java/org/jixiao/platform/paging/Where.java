package org.jixiao.platform.paging;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The condition of a filtered list query (JPQL/Panache): one {@code and field = :field} per filter given, and the
 * caller's department scope. Absent filters (null, blank text) add nothing.
 */
public final class Where {
    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** {@code and field = :field} when the value is given. */
    public Where equal(String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            query.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
        return this;
    }

    /** {@code and field in :field} unless the values are null (no restriction); no values at all match nothing. */
    public Where in(String field, Collection<String> values) {
        if (values != null) {
            query.append(" and ").append(field).append(" in :").append(field).append("In");
            params.put(field + "In", values.isEmpty() ? Set.of("") : values);
        }
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
