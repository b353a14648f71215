package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.function.Function;

/**
 * A key that at most one aggregate of a tenant may hold, like a database unique constraint.
 *
 * @param name the key's name, used in {@link io.crmkit.core.DuplicateException}
 * @param values the values an aggregate holds (none when the key does not apply to it)
 * @param <A> the aggregate
 * @since 0.1
 */
public record UniqueKey<A>(String name, Function<A, ? extends Collection<String>> values) {

  public UniqueKey {
    requireNonNull(name, "name");
    requireNonNull(values, "values");
  }
}
