package io.crmkit.jpa;

import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.contract.ListActionContract;
import org.junit.jupiter.api.Nested;

/** The contract kit's ListActionContract on every configured database. */
class JpaListActionTests {

  @Nested
  class OnH2 extends ListActionContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends ListActionContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends ListActionContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
