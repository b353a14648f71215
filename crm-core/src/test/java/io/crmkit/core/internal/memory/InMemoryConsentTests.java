package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.ConsentContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryConsentTests extends ConsentContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
