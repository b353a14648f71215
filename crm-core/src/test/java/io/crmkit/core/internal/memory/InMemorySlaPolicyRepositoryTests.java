package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.SlaPolicyRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemorySlaPolicyRepositoryTests extends SlaPolicyRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
