package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.WorkflowRuleContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

/** The contract kit's WorkflowRuleContract on the in-memory storage. */
class InMemoryWorkflowRuleTests extends WorkflowRuleContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
