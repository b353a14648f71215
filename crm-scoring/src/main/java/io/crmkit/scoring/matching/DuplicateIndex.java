package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.matching.internal.CandidateIndex;
import java.util.Collection;
import java.util.List;

/**
 * An incrementally maintained index of records that answers "possible duplicates of this record"
 * without a scan: each record is filed under its blocking keys when it is put, and a probe is
 * compared only with the records that share a key, then weighed by a trained model. The value
 * counts of term-frequency adjustment follow the records put and removed.
 *
 * <p>Thread-safe: queries run in parallel, puts and removes one at a time.
 *
 * @param <K> the type of the ids
 * @since 0.1
 */
public final class DuplicateIndex<K> {

  private final CandidateIndex<K> index;

  private DuplicateIndex(CandidateIndex<K> index) {
    this.index = index;
  }

  /** Returns an empty index weighing with {@code model}. */
  public static <K> DuplicateIndex<K> of(MatchModel model) {
    return new DuplicateIndex<>(new CandidateIndex<>(requireNonNull(model, "model"), 16));
  }

  /** Returns an index of {@code records} weighing with {@code model}. */
  public static <K> DuplicateIndex<K> of(MatchModel model, Collection<MatchRecord<K>> records) {
    DuplicateIndex<K> index =
        new DuplicateIndex<>(new CandidateIndex<>(requireNonNull(model, "model"), records.size()));
    index.putAll(records);
    return index;
  }

  /** Returns the model the index weighs with. */
  public MatchModel model() {
    return index.model();
  }

  /** Returns how many records it holds. */
  public int size() {
    return index.size();
  }

  /** Returns whether it holds the record {@code id}. */
  public boolean contains(K id) {
    return index.contains(requireNonNull(id, "id"));
  }

  /** Adds {@code record}, or replaces the one with its id. */
  public void put(MatchRecord<K> record) {
    index.put(requireNonNull(record, "record"));
  }

  /** Adds or replaces each of {@code records}. */
  public void putAll(Collection<MatchRecord<K>> records) {
    records.forEach(this::put);
  }

  /** Removes the record {@code id}; returns whether it was there. */
  public boolean remove(K id) {
    return index.remove(requireNonNull(id, "id"));
  }

  /**
   * Returns the held records whose match probability with {@code record} reaches the model's
   * configured match probability, strongest first (equal weights in the order of their ids' text).
   * A held record with the same id as {@code record} is left out, so a record can be asked about
   * after it was put.
   */
  public List<PossibleDuplicate<K>> possibleDuplicatesOf(MatchRecord<?> record) {
    return possibleDuplicatesOf(record, model().configuration().matchProbability());
  }

  /**
   * Returns the held records whose match probability with {@code record} is at least {@code
   * probability}, strongest first; a lower probability than the configured one lists records for
   * review.
   */
  public List<PossibleDuplicate<K>> possibleDuplicatesOf(
      MatchRecord<?> record, double probability) {
    requireNonNull(record, "record");
    checkArgument(
        probability >= 0 && probability <= 1, "probability out of [0, 1]: %s", probability);
    return index.possibleDuplicates(record, probability);
  }
}
