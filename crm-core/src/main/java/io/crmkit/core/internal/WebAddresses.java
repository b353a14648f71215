package io.crmkit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;

/**
 * The rule of the web addresses crmkit stores (custom field URLs, social profiles): absolute,
 * {@code http} or {@code https} in either case, with a host, bounded in length, and one line of
 * well-formed text by the {@link TextPolicy}, which {@link URI} does not ensure: it lets lone
 * surrogates and bidi controls through as "other" characters.
 *
 * @since 0.1
 */
public final class WebAddresses {

  private WebAddresses() {}

  /**
   * Returns {@code address} if it obeys the rule.
   *
   * @param what what the address is, for messages, for example {@code url}
   * @param maxLength the most characters of its text form
   * @throws IllegalArgumentException naming {@code what} and showing a short form of the address
   */
  public static URI checkHttp(String what, URI address, int maxLength) {
    requireNonNull(address, what);
    String text = address.toString();
    checkArgument(
        text.length() <= maxLength,
        "%s is longer than %s characters: %s",
        what,
        maxLength,
        Quoted.of(text));
    TextPolicy.check(what, text, TextPolicy.Kind.LINE);
    String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
    checkArgument(
        (scheme.equals("http") || scheme.equals("https")) && address.getHost() != null,
        "%s must be an absolute http or https URL with a host: %s",
        what,
        Quoted.of(text));
    return address;
  }
}
