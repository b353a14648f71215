package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.CampaignRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryCampaignRepositoryTests extends CampaignRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
