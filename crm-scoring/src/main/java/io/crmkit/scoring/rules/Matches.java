package io.crmkit.scoring.rules;

import io.crmkit.core.timeline.ActivityId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The activities each engagement rule matched for one contact, with what each was worth at the
 * scoring instant: the state a rule needs to explain its contribution, and the per-contact state of
 * incremental scoring. Matches are kept oldest first, the activity id breaking ties, so that
 * explanations have one order whatever the order the activities came in; activities that come in
 * that order (as timelines usually do) are never sorted. Arrays are reused from contact to contact
 * ({@link #clear}); not thread-safe.
 */
final class Matches {

  private static final int INITIAL_CAPACITY = 8;

  private final ActivityId[][] activities;
  private final Instant[][] occurredAt;
  private final long[][] worths;
  private final int[] counts;
  private final boolean[] unordered;

  /**
   * @param rules how many engagement rules there are; a rule's slot is its index
   */
  Matches(int rules) {
    this.activities = new ActivityId[rules][INITIAL_CAPACITY];
    this.occurredAt = new Instant[rules][INITIAL_CAPACITY];
    this.worths = new long[rules][INITIAL_CAPACITY];
    this.counts = new int[rules];
    this.unordered = new boolean[rules];
  }

  /** Forgets every match, to collect those of the next contact. */
  void clear() {
    Arrays.fill(counts, 0);
    Arrays.fill(unordered, false);
  }

  /** Records that the rule of slot {@code slot} matched {@code activity}, worth {@code worth}. */
  void add(int slot, ActivityId activity, Instant when, long worth) {
    int count = counts[slot];
    if (count == activities[slot].length) {
      int capacity = count * 2;
      activities[slot] = Arrays.copyOf(activities[slot], capacity);
      occurredAt[slot] = Arrays.copyOf(occurredAt[slot], capacity);
      worths[slot] = Arrays.copyOf(worths[slot], capacity);
    }
    if (count > 0 && compare(slot, count - 1, activity, when) > 0) {
      unordered[slot] = true;
    }
    activities[slot][count] = activity;
    occurredAt[slot][count] = when;
    worths[slot][count] = worth;
    counts[slot] = count + 1;
  }

  /** Returns how many activities the rule of slot {@code slot} matched. */
  int count(int slot) {
    return counts[slot];
  }

  /** Returns what the activities the rule of slot {@code slot} matched are worth in all. */
  long sum(int slot) {
    long sum = 0;
    long[] values = worths[slot];
    for (int i = 0; i < counts[slot]; i++) {
      sum += values[i];
    }
    return sum;
  }

  /**
   * Copies the matches of the rule of slot {@code slot}, oldest first: each activity and the
   * instant it happened into {@code toPairs} from index {@code pairsAt} on, two entries per match,
   * and each worth into {@code toWorths} from index {@code worthsAt} on.
   */
  void copy(int slot, @Nullable Object[] toPairs, int pairsAt, long[] toWorths, int worthsAt) {
    order(slot);
    int count = counts[slot];
    ActivityId[] ids = activities[slot];
    Instant[] times = occurredAt[slot];
    for (int i = 0; i < count; i++) {
      toPairs[pairsAt + 2 * i] = ids[i];
      toPairs[pairsAt + 2 * i + 1] = times[i];
    }
    System.arraycopy(worths[slot], 0, toWorths, worthsAt, count);
  }

  private int compare(int slot, int index, ActivityId activity, Instant when) {
    int byTime = occurredAt[slot][index].compareTo(when);
    return byTime != 0 ? byTime : activities[slot][index].compareTo(activity);
  }

  private void order(int slot) {
    if (!unordered[slot]) {
      return;
    }
    int count = counts[slot];
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    ActivityId[] ids = activities[slot];
    Instant[] times = occurredAt[slot];
    long[] values = worths[slot];
    Arrays.sort(
        order, Comparator.<Integer, Instant>comparing(i -> times[i]).thenComparing(i -> ids[i]));
    ActivityId[] sortedIds = new ActivityId[ids.length];
    Instant[] sortedTimes = new Instant[times.length];
    long[] sortedValues = new long[values.length];
    for (int i = 0; i < count; i++) {
      sortedIds[i] = ids[order[i]];
      sortedTimes[i] = times[order[i]];
      sortedValues[i] = values[order[i]];
    }
    activities[slot] = sortedIds;
    occurredAt[slot] = sortedTimes;
    worths[slot] = sortedValues;
    unordered[slot] = false;
  }
}
