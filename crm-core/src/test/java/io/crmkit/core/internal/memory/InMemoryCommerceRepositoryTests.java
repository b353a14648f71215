package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.CommerceRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryCommerceRepositoryTests extends CommerceRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
