package io.crmkit.jpa;

import io.crmkit.core.contract.SequenceContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's SequenceContract on every configured database. */
class JpaSequenceTests {

  @Nested
  class OnH2 extends SequenceContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends SequenceContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends SequenceContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
