package io.crmkit.core.privacy;

import io.crmkit.core.contract.PersonalDataErasureContract;
import io.crmkit.core.fixtures.ObjectGraphSearch;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import java.util.List;
import java.util.Set;

/** The contract kit's erasure suite on the in-memory storage, searched object by object. */
class InMemoryPersonalDataErasureTests extends PersonalDataErasureContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }

  @Override
  protected List<String> occurrences(CrmStorage storage, Set<String> values) {
    return ObjectGraphSearch.occurrences(storage, values);
  }
}
