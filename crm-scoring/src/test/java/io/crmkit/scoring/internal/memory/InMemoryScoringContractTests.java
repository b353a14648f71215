package io.crmkit.scoring.internal.memory;

import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.contract.ListActionContract;
import io.crmkit.scoring.contract.RecordConditionContract;
import io.crmkit.scoring.contract.ScoreRepositoryContract;
import io.crmkit.scoring.contract.SegmentRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * The contract kit's score, segment, record condition and list action suites on the in-memory
 * storage.
 */
class InMemoryScoringContractTests {

  @Nested
  class Scores extends ScoreRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return InMemoryCrmStorage.create();
    }
  }

  @Nested
  class Segments extends SegmentRepositoryContract {
    @Override
    protected CrmStorage newStorage() {
      return InMemoryCrmStorage.create();
    }
  }

  @Nested
  class RecordConditions extends RecordConditionContract {
    @Override
    protected CrmStorage newStorage() {
      return InMemoryCrmStorage.create();
    }
  }

  @Nested
  class ListActions extends ListActionContract {
    @Override
    protected CrmStorage newStorage() {
      return InMemoryCrmStorage.create();
    }
  }
}
