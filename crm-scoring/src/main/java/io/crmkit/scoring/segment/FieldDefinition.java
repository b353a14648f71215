package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.crmkit.scoring.segment.internal.Keywords;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field that segments can filter on: its name as the language writes it, its type and, for a
 * {@link FieldType#CHOICE choice} field, the values it may take.
 *
 * <p>A name is one or more identifiers joined by dots ({@code country}, {@code custom.size}), each
 * starting with a letter or {@code _}, at most 128 characters, and not a keyword of the language.
 *
 * @param name the field name, never null
 * @param type the field type, never null
 * @param choices the allowed values of a choice field (non-empty, in declaration order); empty for
 *     every other type; never null
 * @since 0.1
 */
public record FieldDefinition(String name, FieldType type, Set<String> choices) {

  static final int MAX_NAME_LENGTH = 128;
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  /** Creates a {@code FieldDefinition}, checking its components as the type's comment describes. */
  public FieldDefinition {
    requireNonNull(name, "field name");
    requireNonNull(type, "field type");
    requireNonNull(choices, "choices");
    checkArgument(isValidName(name), "invalid field name: '%s'", name);
    checkArgument(!Keywords.isReserved(name), "field name is a keyword: '%s'", name);
    checkArgument(
        (type == FieldType.CHOICE) != choices.isEmpty(),
        "a choice field needs choices and no other field takes any: field '%s' of type %s with"
            + " choices %s",
        name,
        type.label(),
        choices);
    for (String choice : choices) {
      checkArgument(
          Literal.TextLiteral.isValidText(requireNonNull(choice, "choice")) && !choice.isBlank(),
          "invalid choice of field '%s': '%s'",
          name,
          choice);
    }
    // keeps declaration order, which error messages show
    choices = ImmutableSet.copyOf(choices);
  }

  /** Returns a field of the given type; use {@link #choice} for a choice field. */
  public static FieldDefinition of(String name, FieldType type) {
    return new FieldDefinition(name, type, Set.of());
  }

  /** Returns a choice field that takes one of the given values, in this order. */
  public static FieldDefinition choice(String name, String... choices) {
    requireNonNull(choices, "choices");
    checkArgument(
        ImmutableSet.copyOf(choices).size() == choices.length,
        "duplicate choice of field '%s': %s",
        name,
        Arrays.toString(choices));
    return new FieldDefinition(name, FieldType.CHOICE, ImmutableSet.copyOf(choices));
  }

  static boolean isValidName(String name) {
    return name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches();
  }
}
