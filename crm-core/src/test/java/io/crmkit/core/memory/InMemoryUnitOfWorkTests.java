package io.crmkit.core.memory;

import io.crmkit.core.CrmStorage;
import io.crmkit.core.contract.UnitOfWorkContract;

class InMemoryUnitOfWorkTests extends UnitOfWorkContract {

  @Override
  protected CrmStorage newStorage() {
    return CrmStorage.inMemory();
  }
}
