package io.crmkit.jpa;

import io.crmkit.core.contract.WorkflowRuleContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's WorkflowRuleContract on every configured database. */
class JpaWorkflowRuleTests {

  @Nested
  class OnH2 extends WorkflowRuleContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends WorkflowRuleContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends WorkflowRuleContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
