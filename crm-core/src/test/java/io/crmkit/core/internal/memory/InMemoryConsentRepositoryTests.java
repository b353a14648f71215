package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.ConsentRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryConsentRepositoryTests extends ConsentRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
