package io.crmkit.jpa;

import io.crmkit.core.contract.RecipientRepositoryContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's RecipientRepositoryContract on every configured database. */
class JpaRecipientRepositoryTests {

  @Nested
  class OnH2 extends RecipientRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends RecipientRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends RecipientRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
