package io.crmkit.core.internal.memory;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One secondary index of one tenant: for each key, the aggregates under it in the index's order, at
 * most one per position. Not thread-safe: the table's locks guard it.
 *
 * @param <K> the position type of the index's order
 * @param <A> the aggregate type
 */
final class IndexEntries<K, A> {

  private final KeysetOrder<A, K> order;

  // a key held by one aggregate maps to it directly, a key held by more to a SortedRun: most keys
  // of the email and phone indexes have a single holder, and a run for each would cost more than
  // the holder's own email address
  private final Map<String, Object> byKey = new HashMap<>();

  /**
   * @param order the order of the aggregates under one key
   */
  IndexEntries(KeysetOrder<A, K> order) {
    this.order = order;
  }

  /** Files {@code aggregate} under {@code key}, replacing the one at its position, if any. */
  void add(String key, A aggregate) {
    Object held = byKey.get(key);
    if (held == null) {
      byKey.put(key, aggregate);
    } else if (held instanceof SortedRun<?, ?> run) {
      runOf(run).add(aggregate);
    } else if (samePosition(single(held), aggregate)) {
      byKey.put(key, aggregate);
    } else {
      SortedRun<K, A> run = new SortedRun<>(order);
      run.add(single(held));
      run.add(aggregate);
      byKey.put(key, run);
    }
  }

  /** Removes the aggregate at the position of {@code aggregate} from under {@code key}. */
  void remove(String key, A aggregate) {
    Object held = byKey.get(key);
    if (held instanceof SortedRun<?, ?> run) {
      SortedRun<K, A> aggregates = runOf(run);
      aggregates.remove(aggregate);
      if (aggregates.size() == 1) {
        byKey.put(key, aggregates.iterator().next());
      }
    } else if (held != null && samePosition(single(held), aggregate)) {
      byKey.remove(key);
    }
  }

  /** Returns the number of aggregates under {@code key}. */
  int count(String key) {
    Object held = byKey.get(key);
    if (held == null) {
      return 0;
    }
    return held instanceof SortedRun<?, ?> run ? run.size() : 1;
  }

  /**
   * Returns the aggregates under {@code key} in order: all of them when {@code from} is null, else
   * those after position {@code from}, or at it too if {@code inclusive}.
   */
  Iterator<A> iterator(String key, @Nullable K from, boolean inclusive) {
    Object held = byKey.get(key);
    if (held == null) {
      return Collections.emptyIterator();
    }
    if (held instanceof SortedRun<?, ?> run) {
      SortedRun<K, A> aggregates = runOf(run);
      return from == null ? aggregates.iterator() : aggregates.iteratorFrom(from, inclusive);
    }
    A single = single(held);
    if (from != null) {
      int order = this.order.comparator().compare(this.order.position().apply(single), from);
      if (order < 0 || (order == 0 && !inclusive)) {
        return Collections.emptyIterator();
      }
    }
    return Collections.singletonList(single).iterator();
  }

  private boolean samePosition(A one, A other) {
    return order.comparator().compare(order.position().apply(one), order.position().apply(other))
        == 0;
  }

  @SuppressWarnings("unchecked")
  private A single(Object held) {
    return (A) held;
  }

  @SuppressWarnings("unchecked")
  private SortedRun<K, A> runOf(SortedRun<?, ?> run) {
    return (SortedRun<K, A>) run;
  }
}
