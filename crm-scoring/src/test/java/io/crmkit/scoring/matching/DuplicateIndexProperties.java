package io.crmkit.scoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DuplicateIndexProperties {

  private static final List<MatchRecord<String>> POOL =
      PeopleFixtures.records(PeopleFixtures.people(60, 0.6, 21));
  private static final MatchModel MODEL =
      RecordLinkage.with(MatchConfiguration.people())
          .train(PeopleFixtures.records(PeopleFixtures.people(1_500, 0.2, 22)));

  /**
   * One change to the index, naming records by their place in the pool, so that a shrunk failure
   * reads as the changes that broke it: {@code [Put[record=3], Remove[record=3]]}.
   */
  sealed interface Change {

    /** Applies the change to the index and to the map of what it should hold. */
    void apply(DuplicateIndex<String> index, Map<String, MatchRecord<String>> held);
  }

  /** Puts the pool's record at index {@code record}. */
  record Put(int record) implements Change {
    @Override
    public void apply(DuplicateIndex<String> index, Map<String, MatchRecord<String>> held) {
      MatchRecord<String> put = POOL.get(record);
      index.put(put);
      held.put(put.id(), put);
    }
  }

  /** Puts the values of the pool's record {@code values} under the id of its record {@code id}. */
  record Replace(int id, int values) implements Change {
    @Override
    public void apply(DuplicateIndex<String> index, Map<String, MatchRecord<String>> held) {
      MatchRecord<String> put = new MatchRecord<>(POOL.get(id).id(), POOL.get(values).values());
      index.put(put);
      held.put(put.id(), put);
    }
  }

  /** Removes the id of the pool's record at index {@code record}. */
  record Remove(int record) implements Change {
    @Override
    public void apply(DuplicateIndex<String> index, Map<String, MatchRecord<String>> held) {
      String id = POOL.get(record).id();
      assertThat(index.remove(id)).isEqualTo(held.remove(id) != null);
    }
  }

  private static Gen<Change> changes() {
    Gen<Integer> records = integers().between(0, POOL.size() - 1);
    return integers()
        .between(0, 2)
        .<Change>flatMap(
            kind ->
                switch (kind) {
                  case 0 -> records.map(Put::new);
                  case 1 -> records.map(id -> new Replace(id, (id + 7) % POOL.size()));
                  default -> records.map(Remove::new);
                });
  }

  /**
   * Any sequence of puts (of a record, or of another record under its id) and removes leaves the
   * index answering every question as an index built at once from the records it ends with.
   */
  @Test
  void anIndexKeptCurrentAnswersAsOneBuiltFromItsRecords() {
    qt().withExamples(60)
        .forAll(lists().of(changes()).ofSizeBetween(1, 150))
        .checkAssert(
            changes -> {
              DuplicateIndex<String> kept = DuplicateIndex.of(MODEL);
              Map<String, MatchRecord<String>> held = new LinkedHashMap<>();
              for (Change change : changes) {
                change.apply(kept, held);
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
