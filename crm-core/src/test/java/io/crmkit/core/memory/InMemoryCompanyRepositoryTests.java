package io.crmkit.core.memory;

import io.crmkit.core.CrmStorage;
import io.crmkit.core.contract.CompanyRepositoryContract;

class InMemoryCompanyRepositoryTests extends CompanyRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return CrmStorage.inMemory();
  }
}
