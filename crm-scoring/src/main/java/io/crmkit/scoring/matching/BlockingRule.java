package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A condition that makes two records worth comparing: they share every part of the rule's key. A
 * configuration's rules are unioned, so each rule only needs to catch the duplicates the others
 * miss, and the cost of a scan grows with the number of candidate pairs, not the square of the
 * records.
 *
 * @param name the rule's name in plans and reports, never blank
 * @param keys the parts of the key, at least one, never null
 * @since 0.1
 */
public record BlockingRule(String name, List<BlockingKey> keys) {

  /** Creates a {@code BlockingRule}, checking its components as the type's comment describes. */
  public BlockingRule {
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "a blocking rule needs a name");
    keys = List.copyOf(keys);
    checkArgument(!keys.isEmpty(), "blocking rule '%s' needs at least one key", name);
  }

  /** Returns the rule {@code name} on {@code keys}. */
  public static BlockingRule of(String name, BlockingKey... keys) {
    return new BlockingRule(name, List.of(keys));
  }

  /** Returns whether one of the keys is taken from {@code field}. */
  public boolean uses(MatchField field) {
    return keys.stream().anyMatch(key -> key.field() == field);
  }

  @Override
  public String toString() {
    return name
        + " ["
        + keys.stream().map(BlockingKey::toString).collect(Collectors.joining(", "))
        + "]";
  }
}
