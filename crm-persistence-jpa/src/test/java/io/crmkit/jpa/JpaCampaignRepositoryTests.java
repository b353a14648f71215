package io.crmkit.jpa;

import io.crmkit.core.contract.CampaignRepositoryContract;
import io.crmkit.core.spi.CrmStorage;
import org.junit.jupiter.api.Nested;

/** The contract kit's CampaignRepositoryContract on every configured database. */
class JpaCampaignRepositoryTests {

  @Nested
  class OnH2 extends CampaignRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.H2.freshStorage();
    }
  }

  @Nested
  class OnPostgreSql extends CampaignRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.POSTGRESQL.freshStorage();
    }
  }

  @Nested
  class OnMariaDb extends CampaignRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return TestDatabase.MARIADB.freshStorage();
    }
  }
}
