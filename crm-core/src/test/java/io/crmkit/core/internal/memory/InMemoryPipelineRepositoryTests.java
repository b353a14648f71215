package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.PipelineRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryPipelineRepositoryTests extends PipelineRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
