package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.ActivityRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryActivityRepositoryTests extends ActivityRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
