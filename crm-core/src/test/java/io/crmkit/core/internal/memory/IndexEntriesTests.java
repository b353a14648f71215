package io.crmkit.core.internal.memory;

import static io.crmkit.core.internal.memory.SortedRunProperties.BY_POSITION;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.internal.memory.SortedRunProperties.Item;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexEntriesTests {

  private final IndexEntries<Integer, Item> entries = new IndexEntries<>(BY_POSITION);

  @Test
  void aKeyWithOneHolderFindsItFromAnyPositionBeforeIt() {
    entries.add("vip", new Item(5, 0));

    assertThat(entries.count("vip")).isEqualTo(1);
    assertThat(drain(entries.iterator("vip", null, false))).containsExactly(new Item(5, 0));
    assertThat(drain(entries.iterator("vip", 5, true))).containsExactly(new Item(5, 0));
    assertThat(drain(entries.iterator("vip", 5, false))).isEmpty();
    assertThat(drain(entries.iterator("vip", 6, true))).isEmpty();
    assertThat(drain(entries.iterator("other", null, true))).isEmpty();
    assertThat(entries.count("other")).isZero();
  }

  @Test
  void aSecondHolderKeepsBothInOrderAndRemovingOneLeavesTheOther() {
    entries.add("vip", new Item(9, 0));
    entries.add("vip", new Item(3, 0));

    assertThat(drain(entries.iterator("vip", null, true)))
        .containsExactly(new Item(3, 0), new Item(9, 0));
    assertThat(drain(entries.iterator("vip", 3, false))).containsExactly(new Item(9, 0));

    entries.remove("vip", new Item(3, 7));

    assertThat(entries.count("vip")).isEqualTo(1);
    assertThat(drain(entries.iterator("vip", null, true))).containsExactly(new Item(9, 0));
  }

  @Test
  void anAggregateAtATakenPositionReplacesTheHolder() {
    entries.add("vip", new Item(4, 0));
    entries.add("vip", new Item(4, 1));
    entries.add("vip", new Item(8, 0));
    entries.add("vip", new Item(8, 1));

    assertThat(drain(entries.iterator("vip", null, true)))
        .containsExactly(new Item(4, 1), new Item(8, 1));
  }

  @Test
  void removingTheLastHolderForgetsTheKeyAndAnAbsentPositionChangesNothing() {
    entries.add("vip", new Item(4, 0));
    entries.remove("vip", new Item(5, 0));
    assertThat(entries.count("vip")).isEqualTo(1);

    entries.remove("vip", new Item(4, 0));
    entries.remove("never", new Item(4, 0));

    assertThat(entries.count("vip")).isZero();
    assertThat(drain(entries.iterator("vip", null, true))).isEmpty();
  }

  private static List<Item> drain(Iterator<Item> iterator) {
    List<Item> items = new ArrayList<>();
    iterator.forEachRemaining(items::add);
    return items;
  }
}
