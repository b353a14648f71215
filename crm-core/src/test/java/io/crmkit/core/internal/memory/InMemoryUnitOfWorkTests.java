package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.UnitOfWorkContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryUnitOfWorkTests extends UnitOfWorkContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
