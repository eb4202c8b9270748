package org.jixiao.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void onlyTheFiltersGivenBecomeConditions() {
        Where where = new Where().in("department", null).equal("department", " ").equal("year", 2021).equal("kind", null);
        assertThat(where.query()).isEqualTo("1 = 1 and year = :year");
        assertThat(where.params()).containsOnlyKeys("year");
    }

    @Test
    void aDepartmentScopeRestrictsAndAnEmptyOneMatchesNothing() {
        Where scoped = new Where().in("department", List.of("GZ-XFJ")).equal("department", "GZ-XFJ");
        assertThat(scoped.query()).isEqualTo("1 = 1 and department in :departmentIn and department = :department");
        assertThat(scoped.params()).containsEntry("departmentIn", List.of("GZ-XFJ")).containsEntry("department", "GZ-XFJ");
        assertThat(new Where().in("department", Set.of()).params()).containsEntry("departmentIn", Set.of(""));
    }
}
