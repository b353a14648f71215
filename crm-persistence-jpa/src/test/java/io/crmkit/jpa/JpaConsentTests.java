package io.crmkit.jpa;

import io.crmkit.core.contract.ConsentContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's ConsentContract on every configured database. */
class JpaConsentTests {

  @Nested
  class OnH2 extends ConsentContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends ConsentContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends ConsentContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
