package io.crmkit.core.internal.memory;

import io.crmkit.core.Aggregate;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;

/** Keyset orders by id for the id records of the core, whose text form is their UUID. */
final class IdOrders {

  private IdOrders() {}

  /** Returns the order by id for aggregates whose id is made from a UUID by {@code fromUuid}. */
  static <I extends Comparable<I>, A extends Aggregate<I>> KeysetOrder<A, I> byId(
      Function<UUID, I> fromUuid) {
    Function<A, I> id = Aggregate::id;
    Comparator<I> natural = Comparator.naturalOrder();
    Function<I, String> encoder = Object::toString;
    Function<String, I> decoder = text -> fromUuid.apply(UUID.fromString(text));
    return new KeysetOrder<>(id, natural, encoder, decoder);
  }
}
