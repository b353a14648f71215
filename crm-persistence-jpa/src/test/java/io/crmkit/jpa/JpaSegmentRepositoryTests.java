package io.crmkit.jpa;

import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.contract.SegmentRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * The contract kit's SegmentRepositoryContract on every configured database, through the storage's
 * port.
 */
class JpaSegmentRepositoryTests {

  @Nested
  class OnH2 extends SegmentRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends SegmentRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends SegmentRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
