package io.crmkit.core.company;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A company's internet domain ({@code acme.com}), used to match people to their employer by the
 * domain of their email address. Stored lower case, without scheme, {@code www.} or path.
 *
 * @param value the normalised domain, never null
 * @since 0.1
 */
public record WebDomain(String value) {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  /** Creates a {@code WebDomain}, checking its components as the type's comment describes. */
  public WebDomain {
    requireNonNull(value, "domain");
    checkArgument(value.length() <= 253, "domain longer than 253 characters: %s", Quoted.of(value));
    String[] labels = value.split("\\.", -1);
    checkArgument(labels.length >= 2, "domain needs at least two labels: %s", Quoted.of(value));
    for (String label : labels) {
      checkArgument(
          LABEL.matcher(label).matches(),
          "domain has an invalid label %s: %s",
          Quoted.of(label),
          Quoted.of(value));
    }
    checkArgument(
        !labels[labels.length - 1].chars().allMatch(Character::isDigit),
        "domain's top level is numeric: %s",
        Quoted.of(value));
  }

  /**
   * Returns the domain of {@code text}, which may be a URL ({@code https://www.Acme.com/about}) or
   * an internationalised name; stored in its ASCII (punycode) form.
   */
  public static WebDomain parse(String text) {
    requireNonNull(text, "domain");
    String host = text.strip().toLowerCase(Locale.ROOT);
    host = host.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
    int end = indexOfAny(host, "/?#:");
    if (end >= 0) {
      host = host.substring(0, end);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    try {
      return new WebDomain(IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a web domain: " + Quoted.of(text) + " (" + e.getMessage() + ")", e);
    }
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return value;
  }
}
