package io.crmkit.core.message;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.net.URI;
import java.util.Locale;

/**
 * Where one recipient unsubscribes from what a marketing email sends them, without logging in: a
 * web address that takes the one-click {@code POST} of RFC 8058 (and shows a confirmation page to a
 * browser's {@code GET}), and a {@code mailto:} address for mail clients that unsubscribe by email.
 * Both normally carry a signed token that names the tenant, the contact, the channel and the
 * purpose.
 *
 * @param web an absolute {@code https} address, at most {@value #MAX_LENGTH} characters
 * @param mail an absolute {@code mailto} address, at most {@value #MAX_LENGTH} characters
 * @since 0.1
 */
public record UnsubscribeLink(URI web, URI mail) {

  /** The longest address. */
  public static final int MAX_LENGTH = 2_000;

  /**
   * The link previews show: nothing is signed and nobody is unsubscribed by it, and the example
   * domain cannot be registered.
   */
  public static final UnsubscribeLink PREVIEW =
      new UnsubscribeLink(
          URI.create("https://example.com/unsubscribe/preview"),
          URI.create("mailto:unsubscribe@example.com?subject=unsubscribe"));

  public UnsubscribeLink {
    requireNonNull(web, "web");
    requireNonNull(mail, "mail");
    check(web, "https", "unsubscribe web address");
    check(mail, "mailto", "unsubscribe mail address");
    checkArgument(web.getHost() != null, "unsubscribe web address has no host: %s", Quoted.of(web));
  }

  private static void check(URI address, String scheme, String field) {
    String text = address.toString();
    checkArgument(
        address.isAbsolute() && scheme.equals(address.getScheme().toLowerCase(Locale.ROOT)),
        "%s must be a %s: address: %s",
        field,
        scheme,
        Quoted.of(text));
    checkArgument(
        text.length() <= MAX_LENGTH,
        "%s longer than %s characters: %s",
        field,
        MAX_LENGTH,
        Quoted.of(text));
    // one line of printable text: it goes into a header between angle brackets
    TextPolicy.check(field, text, TextPolicy.Kind.IDENTIFIER);
    checkArgument(
        text.chars().noneMatch(c -> c == ' ' || c == '<' || c == '>' || c == ','),
        "%s has a space, an angle bracket or a comma: %s",
        field,
        Quoted.of(text));
  }

  /**
   * Returns the value of the {@code List-Unsubscribe} header (RFC 2369): the mail address, then the
   * web address, each between angle brackets.
   */
  public String listUnsubscribeHeader() {
    return "<" + mail.toASCIIString() + ">, <" + web.toASCIIString() + ">";
  }
}
