package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.RuleActionContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

/** The contract kit's RuleActionContract on the in-memory storage. */
class InMemoryRuleActionTests extends RuleActionContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
