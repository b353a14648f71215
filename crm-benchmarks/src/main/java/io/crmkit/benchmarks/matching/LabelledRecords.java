package io.crmkit.benchmarks.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.matching.MatchRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records whose true party is known: the input of an evaluation, read from a public data set or
 * generated.
 *
 * @param name the data set's name
 * @param records the records, in the file's order
 * @param partyOf each record id's true party
 */
public record LabelledRecords(
    String name, List<MatchRecord<String>> records, Map<String, String> partyOf) {

  public LabelledRecords {
    requireNonNull(name, "name");
    records = List.copyOf(records);
    partyOf = Map.copyOf(partyOf);
  }

  /** Returns the ids of the records. */
  public List<String> ids() {
    return records.stream().map(MatchRecord::id).collect(Collectors.toList());
  }

  /** Returns the number of true duplicate pairs. */
  public long truePairs() {
    return partyOf.values().stream()
        .collect(Collectors.groupingBy(p -> p, Collectors.counting()))
        .values()
        .stream()
        .mapToLong(n -> n * (n - 1) / 2)
        .sum();
  }
}
