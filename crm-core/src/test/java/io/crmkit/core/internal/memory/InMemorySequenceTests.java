package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.SequenceContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemorySequenceTests extends SequenceContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
