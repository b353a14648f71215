package io.crmkit.core.message;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.regex.Pattern;

/**
 * A value a template declares it merges in, such as the contact's first name, with the text used
 * when the recipient has none: {@code contact.firstName} with fallback {@code there} renders "Hello
 * there" for a contact without a first name.
 *
 * <p>Known names: {@code contact.firstName}, {@code contact.lastName}, {@code contact.name}, {@code
 * contact.email}, {@code contact.phone}, {@code contact.jobTitle}, {@code contact.custom.<key>};
 * {@code company.name}, {@code company.domain}, {@code company.industry}, {@code
 * company.custom.<key>} (the contact's primary company); {@code owner.id}, {@code owner.name},
 * {@code owner.email} (the contact's owner, from the host's {@link
 * io.crmkit.core.spi.UserDirectory}); and {@code unsubscribe.url}, the recipient's unsubscribe
 * link. A custom field name must name a custom field the tenant defined for contacts or companies.
 *
 * @param name the dotted name: segments of a letter then letters, digits or {@code _}, at most
 *     {@value #MAX_NAME} characters
 * @param fallback what is merged when the recipient has no value: at most {@value #MAX_FALLBACK}
 *     characters of one line, may be empty
 * @since 0.1
 */
public record MergeField(String name, String fallback) {

  /** The longest name. */
  public static final int MAX_NAME = 100;

  /** The longest fallback. */
  public static final int MAX_FALLBACK = 1_000;

  private static final Pattern NAME =
      Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*(\\.[a-zA-Z][a-zA-Z0-9_]*)*");

  public MergeField {
    requireNonNull(name, "merge field name");
    requireNonNull(fallback, "fallback of " + name);
    checkArgument(
        name.length() <= MAX_NAME && NAME.matcher(name).matches(),
        "not a merge field name (dotted words such as contact.firstName): %s",
        Quoted.of(name));
    checkArgument(
        fallback.length() <= MAX_FALLBACK,
        "fallback of %s longer than %s characters",
        name,
        MAX_FALLBACK);
    TextPolicy.check("fallback of " + name, fallback, TextPolicy.Kind.LINE);
  }

  /** Returns the field {@code name} with {@code fallback}. */
  public static MergeField of(String name, String fallback) {
    return new MergeField(name, fallback);
  }

  /** Returns the field {@code name} with an empty fallback. */
  public static MergeField of(String name) {
    return new MergeField(name, "");
  }
}
