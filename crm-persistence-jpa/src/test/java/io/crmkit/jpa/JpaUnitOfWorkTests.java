package io.crmkit.jpa;

import io.crmkit.core.contract.UnitOfWorkContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's UnitOfWorkContract on every configured database. */
class JpaUnitOfWorkTests {

  @Nested
  class OnH2 extends UnitOfWorkContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends UnitOfWorkContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends UnitOfWorkContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
