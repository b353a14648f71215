package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.function.Function;

/**
 * A secondary index of an in-memory table: the keys under which each aggregate is found, and the
 * order of the aggregates under one key.
 *
 * @param name the index's name, unique within its table
 * @param keys the keys of an aggregate (none when it is not indexed)
 * @param order the order within one key
 * @param <A> the aggregate
 * @param <K> the position type of the order
 * @since 0.1
 */
public record IndexDefinition<A, K>(
    String name, Function<A, ? extends Collection<String>> keys, KeysetOrder<A, K> order) {

  public IndexDefinition {
    requireNonNull(name, "name");
    requireNonNull(keys, "keys");
    requireNonNull(order, "order");
  }
}
