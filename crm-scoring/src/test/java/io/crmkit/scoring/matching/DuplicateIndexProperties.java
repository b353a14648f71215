package io.crmkit.scoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateIndexProperties {

  private static final List<MatchRecord<String>> POOL =
      PeopleFixtures.records(PeopleFixtures.people(60, 0.6, 21));
  private static final MatchModel MODEL =
      RecordLinkage.with(MatchConfiguration.people())
          .train(PeopleFixtures.records(PeopleFixtures.people(1_500, 0.2, 22)));

  /**
   * Any sequence of puts (of a record, or of another record under its id) and removes leaves the
   * index answering every question as an index built at once from the records it ends with.
   */
  @Test
  void anIndexKeptCurrentAnswersAsOneBuiltFromItsRecords() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 3 * POOL.size() - 1)).ofSizeBetween(1, 150))
        .checkAssert(
            operations -> {
              DuplicateIndex<String> kept = DuplicateIndex.of(MODEL);
              Map<String, MatchRecord<String>> held = new LinkedHashMap<>();
              for (int operation : operations) {
                MatchRecord<String> record = POOL.get(operation % POOL.size());
                switch (operation / POOL.size()) {
                  case 0 -> {
                    kept.put(record);
                    held.put(record.id(), record);
                  }
                  case 1 -> {
                    MatchRecord<String> other =
                        new MatchRecord<>(
                            record.id(), POOL.get((operation + 7) % POOL.size()).values());
                    kept.put(other);
                    held.put(other.id(), other);
                  }
                  default -> {
                    assertThat(kept.remove(record.id()))
                        .isEqualTo(held.remove(record.id()) != null);
                  }
                }
              }
              DuplicateIndex<String> rebuilt = DuplicateIndex.of(MODEL, held.values());

              assertThat(kept.size()).isEqualTo(held.size());
              for (MatchRecord<String> probe : POOL) {
                assertThat(kept.possibleDuplicatesOf(probe, 0))
                    .isEqualTo(rebuilt.possibleDuplicatesOf(probe, 0));
              }
            });
  }
}
