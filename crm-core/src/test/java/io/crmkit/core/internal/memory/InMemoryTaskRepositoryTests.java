package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.TaskRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryTaskRepositoryTests extends TaskRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
