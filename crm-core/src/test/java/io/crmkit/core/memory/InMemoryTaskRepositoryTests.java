package io.crmkit.core.memory;

import io.crmkit.core.CrmStorage;
import io.crmkit.core.contract.TaskRepositoryContract;

class InMemoryTaskRepositoryTests extends TaskRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return CrmStorage.inMemory();
  }
}
