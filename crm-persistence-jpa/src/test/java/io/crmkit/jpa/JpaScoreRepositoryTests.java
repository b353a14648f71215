package io.crmkit.jpa;

import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.contract.ScoreRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * The contract kit's ScoreRepositoryContract on every configured database, through the storage's
 * port.
 */
class JpaScoreRepositoryTests {

  @Nested
  class OnH2 extends ScoreRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends ScoreRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends ScoreRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
