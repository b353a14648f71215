package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.regex.Pattern;

/**
 * A kind of due work, which names the {@link DueWork} that performs it: {@code workflow-rule} for
 * the CRM's own workflow rules, or a kind of the host's (later, sequences) such as {@code
 * follow-up}.
 *
 * @param name 1 to 40 lower-case letters, digits and hyphens, starting with a letter
 * @since 0.1
 */
public record DueKind(String name) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /**
   * @throws IllegalArgumentException if {@code name} is not 1 to 40 lower-case letters, digits and
   *     hyphens starting with a letter
   */
  public DueKind {
    requireNonNull(name, "due kind");
    checkArgument(
        NAME.matcher(name).matches(),
        "due kind must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter:"
            + " %s",
        Quoted.of(name));
  }

  /** Returns the kind named {@code name}. */
  public static DueKind of(String name) {
    return new DueKind(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
