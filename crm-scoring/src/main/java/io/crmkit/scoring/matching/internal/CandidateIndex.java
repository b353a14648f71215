package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.MatchModel;
import io.crmkit.scoring.matching.MatchRecord;
import io.crmkit.scoring.matching.PossibleDuplicate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;

/**
 * The engine behind {@code DuplicateIndex}: prepared records in slots, each blocking rule's keys
 * chained through the slots, and value counts kept current, so that the possible duplicates of a
 * record are its candidates under the rules, compared and weighed by the model. Thread-safe: many
 * readers or one writer.
 *
 * @param <K> the type of the ids
 */
public final class CandidateIndex<K> {

  private final MatchModel model;
  private final Rows rows;
  private final BlockingKeys blocking;
  private final KeyChains[] chains;
  private final LiveTerms terms;
  private final Weights weights;
  private final Map<K, Integer> slots = new HashMap<>();
  private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private Object[] ids;
  private long[][] keysBySlot;
  private int nextSlot;

  public CandidateIndex(MatchModel model, int expectedRecords) {
    this.model = model;
    this.rows = new Rows(model.configuration(), Math.max(16, expectedRecords));
    this.blocking = new BlockingKeys(rows);
    this.chains = new KeyChains[blocking.ruleCount()];
    for (int r = 0; r < chains.length; r++) {
      chains[r] = new KeyChains();
      chains[r].ensureSlots(rows.capacity());
    }
    this.terms = new LiveTerms(rows);
    this.weights = new Weights(model, terms);
    this.ids = new Object[rows.capacity()];
    this.keysBySlot = new long[rows.capacity()][];
  }

  public MatchModel model() {
    return model;
  }

  public int size() {
    lock.readLock().lock();
    try {
      return slots.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  public boolean contains(K id) {
    lock.readLock().lock();
    try {
      return slots.containsKey(id);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Adds the record, or replaces the one with its id. */
  public void put(MatchRecord<K> record) {
    lock.writeLock().lock();
    try {
      Integer existing = slots.get(record.id());
      int slot;
      if (existing != null) {
        unindex(existing);
        slot = existing;
      } else {
        slot = freeSlots.isEmpty() ? nextSlot++ : freeSlots.pop();
        ensureCapacity(slot + 1);
        slots.put(record.id(), slot);
      }
      ids[slot] = record.id();
      rows.set(slot, record);
      long[] keys = blocking.keys(rows, slot);
      keysBySlot[slot] = keys;
      for (int r = 0; r < keys.length; r++) {
        if (keys[r] != BlockingKeys.NONE) {
          chains[r].add(keys[r], slot);
        }
      }
      terms.add(slot);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes the record {@code id}; returns whether it was there. */
  public boolean remove(K id) {
    lock.writeLock().lock();
    try {
      Integer slot = slots.remove(id);
      if (slot == null) {
        return false;
      }
      unindex(slot);
      rows.clear(slot);
      ids[slot] = null;
      freeSlots.push(slot);
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Returns the indexed records whose match probability with {@code probe} reaches {@code
   * threshold}, strongest first, leaving out the record with the probe's own id.
   */
  public List<PossibleDuplicate<K>> possibleDuplicates(MatchRecord<?> probe, double threshold) {
    Rows single = new Rows(model.configuration(), 1, false);
    single.set(0, probe);
    long[] keys = blocking.keys(single, 0);
    lock.readLock().lock();
    try {
      Slots found = new Slots();
      for (int r = 0; r < keys.length; r++) {
        if (keys[r] != BlockingKeys.NONE) {
          chains[r].forEach(keys[r], found);
        }
      }
      return score(single, probe.id(), found.distinct(), threshold);
    } finally {
      lock.readLock().unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private List<PossibleDuplicate<K>> score(
      Rows single, Object probeId, int[] candidates, double threshold) {
    List<PossibleDuplicate<K>> result = new ArrayList<>();
    for (int slot : candidates) {
      K id = (K) ids[slot];
      if (id == null || id.equals(probeId)) {
        continue;
      }
      long pattern = Patterns.of(single, 0, rows, slot);
      if (weights.probability(weights.weight(single, 0, pattern)) >= threshold) {
        result.add(new PossibleDuplicate<>(id, weights.explain(single, 0, pattern)));
      }
    }
    result.sort(
        Comparator.comparingDouble((PossibleDuplicate<K> d) -> -d.explanation().weight())
            .thenComparing(d -> d.id().toString()));
    return result;
  }

  private void unindex(int slot) {
    long[] keys = keysBySlot[slot];
    for (int r = 0; r < keys.length; r++) {
      if (keys[r] != BlockingKeys.NONE) {
        chains[r].remove(keys[r], slot);
      }
    }
    terms.remove(slot);
  }

  private void ensureCapacity(int needed) {
    if (needed > rows.capacity()) {
      rows.ensureCapacity(needed);
      ids = Arrays.copyOf(ids, rows.capacity());
      keysBySlot = Arrays.copyOf(keysBySlot, rows.capacity());
      for (KeyChains chain : chains) {
        chain.ensureSlots(rows.capacity());
      }
    }
  }

  /** The slots a probe's keys lead to, with repeats until {@link #distinct()}. */
  private static final class Slots implements IntConsumer {
    private int[] slots = new int[32];
    private int size;

    @Override
    public void accept(int slot) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
      }
      slots[size++] = slot;
    }

    int[] distinct() {
      int[] sorted = Arrays.copyOf(slots, size);
      Arrays.sort(sorted);
      int count = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[count++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, count);
    }
  }
}
