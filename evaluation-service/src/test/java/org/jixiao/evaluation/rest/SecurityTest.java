package org.jixiao.evaluation.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.jixiao.platform.testing.SecurityContract;

/** Token defects, role-less tokens and the append-only audit trail (platform-test SecurityContract). */
@QuarkusTest
@QuarkusTestResource(BudgetServiceMock.class)
class SecurityTest extends SecurityContract {
    @Inject
    AgroalDataSource dataSource;

    @Override
    protected Write write() {
        return new Write("POST", "/api/v1/evaluations",
                "{\"framework\": \"DEPT-OVERALL\", \"department\": \"SEC-A\", \"year\": 2021, \"kind\": \"SELF\"}");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
