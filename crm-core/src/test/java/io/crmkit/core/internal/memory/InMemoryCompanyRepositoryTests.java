package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.CompanyRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryCompanyRepositoryTests extends CompanyRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
