package io.crmkit.jpa;

import io.crmkit.core.contract.ConsentRepositoryContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's ConsentRepositoryContract on every configured database. */
class JpaConsentRepositoryTests {

  @Nested
  class OnH2 extends ConsentRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends ConsentRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends ConsentRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
