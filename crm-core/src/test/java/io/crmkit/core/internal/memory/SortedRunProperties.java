package io.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A {@link SortedRun} behaves as a {@code TreeMap} from position to aggregate after any sequence of
 * adds and removes, whether they come in order (as time-ordered ids do) or not, across the sizes at
 * which its arrays fill, split and empty.
 */
class SortedRunProperties {

  /** An aggregate stand-in: its position and which add put it there. */
  record Item(int position, int generation) {}

  /** Adds the item at {@code position}, or removes the one there. */
  record Op(boolean add, int position) {}

  static final KeysetOrder<Item, Integer> BY_POSITION =
      new KeysetOrder<>(
          Item::position, Comparator.naturalOrder(), String::valueOf, Integer::valueOf);

  @Test
  void matchesATreeMapAfterAnyAddsAndRemoves() {
    qt().withExamples(300)
        .forAll(operations(), integers().between(-1, 400), booleans().all())
        .checkAssert(
            (ops, from, inclusive) -> {
              SortedRun<Integer, Item> run = new SortedRun<>(BY_POSITION);
              NavigableMap<Integer, Item> model = new TreeMap<>();
              for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                Item item = new Item(op.position(), i);
                if (op.add()) {
                  run.add(item);
                  model.put(op.position(), item);
                } else {
                  assertThat(run.remove(item)).isEqualTo(model.remove(op.position()) != null);
                }
              }
              assertThat(run.size()).isEqualTo(model.size());
              assertThat(run.isEmpty()).isEqualTo(model.isEmpty());
              assertThat(drain(run.iterator())).containsExactlyElementsOf(model.values());
              assertThat(drain(run.iteratorFrom(from, inclusive)))
                  .containsExactlyElementsOf(model.tailMap(from, inclusive).values());
            });
  }

  @Test
  void aMillionAscendingAddsFillEveryArrayButTheLast() {
    SortedRun<Integer, Item> run = new SortedRun<>(BY_POSITION);
    for (int i = 0; i < 1_000_000; i++) {
      run.add(new Item(i, 0));
    }
    assertThat(run.size()).isEqualTo(1_000_000);
    Iterator<Item> tail = run.iteratorFrom(999_998, false);
    assertThat(tail.next()).isEqualTo(new Item(999_999, 0));
    assertThat(tail.hasNext()).isFalse();
    assertThat(run.iteratorFrom(500_000, true).next()).isEqualTo(new Item(500_000, 0));
  }

  private static Gen<List<Op>> operations() {
    // mostly adds in any order, so that runs grow past several arrays and split, with removals of
    // present and absent positions; or only adds in ascending order, as time-ordered ids come
    Gen<Op> op =
        integers()
            .between(0, 9)
            .zip(integers().between(0, 399), (kind, position) -> new Op(kind < 7, position));
    Gen<List<Op>> ascending =
        lists()
            .of(integers().between(0, 399))
            .ofSizeBetween(0, 300)
            .map(positions -> positions.stream().sorted().map(p -> new Op(true, p)).toList());
    return lists().of(op).ofSizeBetween(0, 600).mix(ascending);
  }

  private static List<Item> drain(Iterator<Item> iterator) {
    List<Item> items = new ArrayList<>();
    iterator.forEachRemaining(items::add);
    return items;
  }
}
