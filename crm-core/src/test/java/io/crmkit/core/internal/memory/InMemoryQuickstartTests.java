package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.QuickstartContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryQuickstartTests extends QuickstartContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
