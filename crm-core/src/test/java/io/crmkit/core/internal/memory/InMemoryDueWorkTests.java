package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.DueWorkContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

/** The contract kit's DueWorkContract on the in-memory storage. */
class InMemoryDueWorkTests extends DueWorkContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
