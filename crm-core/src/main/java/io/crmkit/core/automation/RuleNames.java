package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.regex.Pattern;

/** The checks of the names that rules, teams and hooks are known by. */
final class RuleNames {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  private RuleNames() {}

  /**
   * Returns {@code name} if it is 1 to 60 lower-case letters, digits and hyphens starting with a
   * letter.
   *
   * @param what what the name names, for the message, such as {@code rule name}
   */
  static String name(String what, String name) {
    requireNonNull(name, what);
    checkArgument(
        NAME.matcher(name).matches(),
        "%s must be 1 to 60 lower-case letters, digits and hyphens, starting with a letter: %s",
        what,
        Quoted.of(name));
    return name;
  }

  /**
   * Returns {@code value} if it is an identifier of 1 to 64 characters.
   *
   * @param what what the value is, for the message, such as {@code hook}
   */
  static String identifier(String what, String value) {
    requireNonNull(value, what);
    checkArgument(
        !value.isEmpty() && value.length() <= 64,
        "%s must be 1 to 64 characters: %s",
        what,
        Quoted.of(value));
    return TextPolicy.check(what, value, TextPolicy.Kind.IDENTIFIER);
  }
}
