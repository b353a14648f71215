package io.crmkit.jpa;

import io.crmkit.core.contract.SuppressionRepositoryContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's SuppressionRepositoryContract on every configured database. */
class JpaSuppressionRepositoryTests {

  @Nested
  class OnH2 extends SuppressionRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends SuppressionRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends SuppressionRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
