package io.crmkit.core.contactpoint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.WebAddresses;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's or organisation's presence on a social network: the network's name and the profile's
 * address.
 *
 * @param network the network, lower case, for example {@code linkedin}, never null
 * @param url the profile's absolute http or https address, at most 2,048 characters of one line (no
 *     control character, well-formed), never null
 * @since 0.1
 */
public record SocialProfile(String network, URI url) {

  /** The longest address accepted. */
  public static final int MAX_URL_LENGTH = 2048;

  private static final Pattern NETWORK = Pattern.compile("[a-z0-9_.-]{1,32}");

  /** Creates a {@code SocialProfile}, checking its components as the type's comment describes. */
  public SocialProfile {
    requireNonNull(network, "social network");
    requireNonNull(url, "social profile url");
    checkArgument(
        NETWORK.matcher(network).matches(),
        "social network must be 1 to 32 lower-case letters, digits, '.', '_' or '-': %s",
        Quoted.of(network));
    WebAddresses.checkHttp("social profile url", url, MAX_URL_LENGTH);
  }

  /** Returns the profile on {@code network} (any case) at {@code url}. */
  public static SocialProfile of(String network, String url) {
    requireNonNull(network, "social network");
    requireNonNull(url, "social profile url");
    URI parsed;
    try {
      parsed = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(
          "social profile url is not a valid address: " + Quoted.of(url), e);
    }
    return new SocialProfile(network.strip().toLowerCase(Locale.ROOT), parsed);
  }
}
