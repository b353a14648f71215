package io.crmkit.jpa;

import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.contract.RecordConditionContract;
import org.junit.jupiter.api.Nested;

/** The contract kit's RecordConditionContract on every configured database. */
class JpaRecordConditionTests {

  @Nested
  class OnH2 extends RecordConditionContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends RecordConditionContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends RecordConditionContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
