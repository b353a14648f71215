package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.TicketRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryTicketRepositoryTests extends TicketRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
