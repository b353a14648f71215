package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.SuppressionRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemorySuppressionRepositoryTests extends SuppressionRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
