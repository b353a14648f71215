package io.crmkit.scoring.matching.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * One blocking rule's blocks in an index that changes: an open-addressing table from key to the
 * first slot holding it, and a doubly linked chain through the slots with the same key, so that a
 * record is added or removed in constant time and a million records cost a few arrays of
 * primitives.
 */
final class KeyChains {

  private static final int NO_SLOT = -1;

  private long[] keys = new long[16];
  private int[] heads = new int[16];
  private int used;
  private int[] next = new int[0];
  private int[] previous = new int[0];

  void ensureSlots(int capacity) {
    if (capacity > next.length) {
      next = Arrays.copyOf(next, capacity);
      previous = Arrays.copyOf(previous, capacity);
    }
  }

  void add(long key, int slot) {
    if (used * 2 >= keys.length) {
      rehash(keys.length * 2);
    }
    int at = position(keys, key);
    if (keys[at] == BlockingKeys.NONE) {
      keys[at] = key;
      heads[at] = NO_SLOT;
      used++;
    }
    int head = heads[at];
    next[slot] = head;
    previous[slot] = NO_SLOT;
    if (head != NO_SLOT) {
      previous[head] = slot;
    }
    heads[at] = slot;
  }

  void remove(long key, int slot) {
    int at = position(keys, key);
    if (previous[slot] == NO_SLOT) {
      heads[at] = next[slot];
    } else {
      next[previous[slot]] = next[slot];
    }
    if (next[slot] != NO_SLOT) {
      previous[next[slot]] = previous[slot];
    }
  }

  void forEach(long key, IntConsumer action) {
    int at = position(keys, key);
    if (keys[at] == BlockingKeys.NONE) {
      return;
    }
    for (int slot = heads[at]; slot != NO_SLOT; slot = next[slot]) {
      action.accept(slot);
    }
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[capacity];
    heads = new int[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != BlockingKeys.NONE) {
        int at = position(keys, oldKeys[i]);
        keys[at] = oldKeys[i];
        heads[at] = oldHeads[i];
      }
    }
  }

  private static int position(long[] table, long key) {
    int mask = table.length - 1;
    int at = (int) (key ^ (key >>> 32)) & mask;
    while (table[at] != BlockingKeys.NONE && table[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }
}
