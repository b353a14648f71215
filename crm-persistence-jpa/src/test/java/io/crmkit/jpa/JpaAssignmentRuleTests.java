package io.crmkit.jpa;

import io.crmkit.core.contract.AssignmentRuleContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's AssignmentRuleContract on every configured database. */
class JpaAssignmentRuleTests {

  @Nested
  class OnH2 extends AssignmentRuleContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends AssignmentRuleContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends AssignmentRuleContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
