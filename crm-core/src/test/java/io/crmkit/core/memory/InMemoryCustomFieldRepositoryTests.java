package io.crmkit.core.memory;

import io.crmkit.core.CrmStorage;
import io.crmkit.core.contract.CustomFieldRepositoryContract;

class InMemoryCustomFieldRepositoryTests extends CustomFieldRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return CrmStorage.inMemory();
  }
}
