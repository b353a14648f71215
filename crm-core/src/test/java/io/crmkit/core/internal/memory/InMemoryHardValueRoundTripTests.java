package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.HardValueRoundTripContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryHardValueRoundTripTests extends HardValueRoundTripContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
