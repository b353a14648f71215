package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.TemplateRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryTemplateRepositoryTests extends TemplateRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
