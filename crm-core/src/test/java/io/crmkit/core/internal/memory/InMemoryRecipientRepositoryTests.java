package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.RecipientRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryRecipientRepositoryTests extends RecipientRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
