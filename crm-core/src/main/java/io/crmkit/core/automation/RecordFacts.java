package io.crmkit.core.automation;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a workflow rule's condition sees of the record that triggered it: the record's reference and
 * its fields by name, such as a deal's {@code stage}, {@code owner}, {@code amount} and {@code
 * close_date}. A field without a value is absent.
 *
 * <p>Deals have {@code name}, {@code pipeline}, {@code stage}, {@code status} ({@code open}, {@code
 * won}, {@code lost}), {@code owner}, {@code amount} (a {@link java.math.BigDecimal}), {@code
 * currency}, {@code close_date} (a {@link java.time.LocalDate}) and {@code source}; leads have
 * {@code name}, {@code status}, {@code owner}, {@code company}, {@code source} and {@code score}
 * (an {@link Integer}); tasks have {@code title}, {@code status}, {@code assignee} and {@code
 * due_at} (an {@link java.time.Instant}); tickets have {@code subject}, {@code status}, {@code
 * priority}, {@code channel} and {@code assignee}. Custom fields follow as {@code custom.<key>}. A
 * record's tags, where it has any, are the set of text {@value #TAGS}.
 *
 * @param record the triggering record; none for a rule on a schedule
 * @param fields the record's values by field name
 * @since 0.1
 */
public record RecordFacts(Optional<RecordRef> record, Map<String, Object> fields) {

  /** The fact that holds a record's tags, a set of text. */
  public static final String TAGS = "tags";

  public RecordFacts {
    requireNonNull(record, "record");
    fields = Map.copyOf(fields);
  }

  /** Returns the facts of no record, which a rule on a schedule sees. */
  public static RecordFacts none() {
    return new RecordFacts(Optional.empty(), Map.of());
  }

  /** Returns the value of {@code field}, if the record has one. */
  public Optional<Object> value(String field) {
    return Optional.ofNullable(fields.get(requireNonNull(field, "field")));
  }

  /** Returns the record's tags, empty if it has none. */
  public Set<String> tags() {
    Object tags = fields.getOrDefault(TAGS, Set.of());
    return ((Set<?>) tags).stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
  }
}
