package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.AssignmentRuleContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

/** The contract kit's AssignmentRuleContract on the in-memory storage. */
class InMemoryAssignmentRuleTests extends AssignmentRuleContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
