package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The aggregates under one key of a secondary index, in the index's order, at most one per
 * position.
 *
 * <p>They are kept in sorted arrays of up to {@value #CHUNK_CAPACITY}, not in a {@code TreeMap}: an
 * entry costs about 5 bytes instead of 40, and adding the newest aggregate (ids are time-ordered,
 * so that is the common case) writes into the last array instead of descending a tree of scattered
 * nodes. Positions are computed from the aggregates when compared, not stored. Not thread-safe: the
 * table's locks guard it.
 *
 * @param <K> the position type
 * @param <A> the aggregate type
 */
final class SortedRun<K, A> {

  static final int CHUNK_CAPACITY = 64;
  private static final int FIRST_CAPACITY = 4;

  private final Function<A, K> position;
  private final Comparator<? super K> comparator;
  // never empty while the run holds aggregates; every chunk but the last may be full
  private final List<Chunk> chunks = new ArrayList<>(1);
  private int size;

  /**
   * @param order the index's order
   */
  SortedRun(KeysetOrder<A, K> order) {
    this.position = order.position();
    this.comparator = order.comparator();
  }

  /** Returns the number of aggregates. */
  int size() {
    return size;
  }

  /** Returns whether the run holds no aggregate. */
  boolean isEmpty() {
    return size == 0;
  }

  /** Adds {@code aggregate}, replacing the one at the same position, if any. */
  void add(A aggregate) {
    requireNonNull(aggregate, "aggregate");
    K key = position.apply(aggregate);
    if (chunks.isEmpty()) {
      chunks.add(new Chunk(aggregate));
      size = 1;
      return;
    }
    int chunkIndex = chunkFor(key);
    Chunk chunk = chunks.get(chunkIndex);
    int found = chunk.search(key);
    if (found >= 0) {
      chunk.items[found] = aggregate;
      return;
    }
    int at = -found - 1;
    if (chunk.size == CHUNK_CAPACITY) {
      if (at == CHUNK_CAPACITY && chunkIndex == chunks.size() - 1) {
        // appending past a full last chunk: start a new one, leaving the full one full
        chunks.add(new Chunk(aggregate));
        size++;
        return;
      }
      Chunk upper = chunk.splitUpperHalf();
      chunks.add(chunkIndex + 1, upper);
      if (at > chunk.size) {
        chunk = upper;
        at -= CHUNK_CAPACITY / 2;
      }
    }
    chunk.insert(at, aggregate);
    size++;
  }

  /** Removes the aggregate at the position of {@code aggregate}; returns whether there was one. */
  boolean remove(A aggregate) {
    if (chunks.isEmpty()) {
      return false;
    }
    K key = position.apply(aggregate);
    int chunkIndex = chunkFor(key);
    Chunk chunk = chunks.get(chunkIndex);
    int found = chunk.search(key);
    if (found < 0) {
      return false;
    }
    chunk.delete(found);
    if (chunk.size == 0) {
      chunks.remove(chunkIndex);
    }
    size--;
    return true;
  }

  /** Returns the aggregates in order. */
  Iterator<A> iterator() {
    return new Cursor(0, 0);
  }

  /**
   * Returns the aggregates in order from position {@code from} on: including the one at {@code
   * from} if {@code inclusive}.
   */
  Iterator<A> iteratorFrom(K from, boolean inclusive) {
    if (chunks.isEmpty()) {
      return new Cursor(0, 0);
    }
    int chunkIndex = chunkFor(from);
    int found = chunks.get(chunkIndex).search(from);
    int offset = found >= 0 ? (inclusive ? found : found + 1) : -found - 1;
    return new Cursor(chunkIndex, offset);
  }

  /**
   * Returns the index of the chunk where {@code key} is or belongs: the first whose last position
   * is not before it, or the last chunk when every position is before it.
   */
  private int chunkFor(K key) {
    int low = 0;
    int high = chunks.size() - 1;
    // the newest aggregate comes after all the others: look at the last chunk first
    if (comparator.compare(chunks.get(high).lastPosition(), key) < 0) {
      return high;
    }
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (comparator.compare(chunks.get(middle).lastPosition(), key) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** A sorted array of aggregates, the unused tail of which is null. */
  private final class Chunk {
    Object[] items;
    int size;

    Chunk(A first) {
      items = new Object[FIRST_CAPACITY];
      items[0] = first;
      size = 1;
    }

    private Chunk(Object[] items, int size) {
      this.items = items;
      this.size = size;
    }

    @SuppressWarnings("unchecked")
    A at(int index) {
      return (A) items[index];
    }

    K lastPosition() {
      return position.apply(at(size - 1));
    }

    /**
     * Returns the index of {@code key}, or {@code -(insertion point) - 1}, as binary searches do.
     */
    int search(K key) {
      int low = 0;
      int high = size - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int order = comparator.compare(position.apply(at(middle)), key);
        if (order < 0) {
          low = middle + 1;
        } else if (order > 0) {
          high = middle - 1;
        } else {
          return middle;
        }
      }
      return -(low + 1);
    }

    void insert(int index, A aggregate) {
      if (size == items.length) {
        items = Arrays.copyOf(items, Math.min(CHUNK_CAPACITY, items.length * 2));
      }
      System.arraycopy(items, index, items, index + 1, size - index);
      items[index] = aggregate;
      size++;
    }

    void delete(int index) {
      System.arraycopy(items, index + 1, items, index, size - index - 1);
      items[--size] = null;
    }

    /** Moves the upper half of this full chunk into a new chunk and returns it. */
    Chunk splitUpperHalf() {
      int half = CHUNK_CAPACITY / 2;
      Object[] upper = new Object[CHUNK_CAPACITY];
      System.arraycopy(items, half, upper, 0, size - half);
      Arrays.fill(items, half, size, null);
      Chunk split = new Chunk(upper, size - half);
      size = half;
      return split;
    }
  }

  /** Walks the chunks from a chunk and an offset in it. */
  private final class Cursor implements Iterator<A> {
    private int chunkIndex;
    private int offset;

    Cursor(int chunkIndex, int offset) {
      this.chunkIndex = chunkIndex;
      this.offset = offset;
      skipExhausted();
    }

    @Override
    public boolean hasNext() {
      return chunkIndex < chunks.size();
    }

    @Override
    public A next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      A next = chunks.get(chunkIndex).at(offset++);
      skipExhausted();
      return next;
    }

    private void skipExhausted() {
      while (chunkIndex < chunks.size() && offset >= chunks.get(chunkIndex).size) {
        chunkIndex++;
        offset = 0;
      }
    }
  }
}
