package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.TwoTenantContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryTwoTenantTests extends TwoTenantContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
