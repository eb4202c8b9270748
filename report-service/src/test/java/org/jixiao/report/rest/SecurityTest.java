package org.jixiao.report.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.jixiao.platform.testing.SecurityContract;

/** Token defects, role-less tokens and the append-only audit trail (platform-test SecurityContract). */
@QuarkusTest
@QuarkusTestResource(PeersWireMock.class)
class SecurityTest extends SecurityContract {
    @Inject
    AgroalDataSource dataSource;

    @Override
    protected Write write() {
        return new Write("POST", "/api/v1/reports", "{\"department\": \"SEC-A\", \"year\": 2021, \"evaluationId\": 1}");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
