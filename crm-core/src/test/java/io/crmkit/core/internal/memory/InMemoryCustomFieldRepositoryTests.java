package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.CustomFieldRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryCustomFieldRepositoryTests extends CustomFieldRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
