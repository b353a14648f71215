package io.crmkit.core.memory;

import io.crmkit.core.CrmStorage;
import io.crmkit.core.contract.ContactRepositoryContract;

class InMemoryContactRepositoryTests extends ContactRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return CrmStorage.inMemory();
  }
}
