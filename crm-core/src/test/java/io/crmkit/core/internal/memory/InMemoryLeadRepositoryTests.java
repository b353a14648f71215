package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.LeadRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryLeadRepositoryTests extends LeadRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
