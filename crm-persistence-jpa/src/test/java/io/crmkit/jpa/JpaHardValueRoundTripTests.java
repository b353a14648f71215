package io.crmkit.jpa;

import io.crmkit.core.contract.HardValueRoundTripContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's HardValueRoundTripContract on every configured database. */
class JpaHardValueRoundTripTests {

  @Nested
  class OnH2 extends HardValueRoundTripContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends HardValueRoundTripContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends HardValueRoundTripContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
