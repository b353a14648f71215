package io.crmkit.jpa;

import io.crmkit.core.contract.MergeContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract kit's MergeContract on every configured database. */
@ExtendWith(ProviderLimits.class)
class JpaMergeTests {

  @Nested
  class OnH2 extends MergeContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends MergeContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends MergeContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
