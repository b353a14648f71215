package io.crmkit.jpa;

import io.crmkit.core.contract.TemplateRepositoryContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's TemplateRepositoryContract on every configured database. */
class JpaTemplateRepositoryTests {

  @Nested
  class OnH2 extends TemplateRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends TemplateRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends TemplateRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
