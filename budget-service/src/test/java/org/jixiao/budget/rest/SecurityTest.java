package org.jixiao.budget.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.jixiao.platform.testing.SecurityContract;

/** Token defects, role-less tokens and the append-only audit trail (platform-test SecurityContract). */
@QuarkusTest
class SecurityTest extends SecurityContract {
    @Inject
    AgroalDataSource dataSource;

    @Override
    protected Write write() {
        return new Write("POST", "/api/v1/departments", "{\"code\": \"SEC-NEW\", \"name\": \"新部门\"}");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
