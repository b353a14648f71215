package io.crmkit.core.memory;

import io.crmkit.core.CrmStorage;
import io.crmkit.core.contract.ActivityRepositoryContract;

class InMemoryActivityRepositoryTests extends ActivityRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return CrmStorage.inMemory();
  }
}
