package io.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What proves a consent entry: the wording the person was shown, the form they used, and the IP
 * address they used it from. Every part may be empty ({@link #NONE}), as for a withdrawal, which
 * needs no proof.
 *
 * @param wording the text shown to the person, up to 4000 characters, lines allowed; never null,
 *     may be empty
 * @param form the form or page used, such as {@code footer sign-up} or its URL, one line of up to
 *     500 characters; never null, may be empty
 * @param ipAddress the IPv4 or IPv6 address the form was sent from, in its canonical form; null
 *     when unknown
 * @since 0.1
 */
public record ConsentEvidence(String wording, String form, @Nullable String ipAddress) {

  /** No evidence. */
  public static final ConsentEvidence NONE = new ConsentEvidence("", "", null);

  /** The longest wording. */
  public static final int MAX_WORDING = 4000;

  /** The longest form name. */
  public static final int MAX_FORM = 500;

  /**
   * Creates evidence, checking its parts as the type's comment describes and writing the IP address
   * in its canonical form ({@code 2001:db8::1}).
   *
   * @throws IllegalArgumentException if a part is too long, holds a control character, or the IP
   *     address is not an IPv4 or IPv6 literal
   */
  public ConsentEvidence {
    TextPolicy.check("wording", requireNonNull(wording, "wording"), TextPolicy.Kind.LINES);
    checkArgument(
        wording.length() <= MAX_WORDING,
        "wording must have at most %s characters: %s",
        MAX_WORDING,
        wording.length());
    TextPolicy.check("form", requireNonNull(form, "form"), TextPolicy.Kind.LINE);
    checkArgument(
        form.length() <= MAX_FORM,
        "form must have at most %s characters: %s",
        MAX_FORM,
        form.length());
    if (ipAddress != null) {
      checkArgument(
          ipAddress.length() <= 64 && InetAddresses.isInetAddress(ipAddress),
          "IP address is not an IPv4 or IPv6 address: %s",
          Quoted.of(ipAddress));
      ipAddress = InetAddresses.toAddrString(InetAddresses.forString(ipAddress));
    }
  }

  /**
   * Returns evidence of a form sent from an IP address.
   *
   * @param wording the text shown to the person; never null
   * @param form the form or page used; never null
   * @param ipAddress the IP address it was sent from; null when unknown
   */
  public static ConsentEvidence of(String wording, String form, @Nullable String ipAddress) {
    return new ConsentEvidence(wording, form, ipAddress);
  }

  /** Returns the IP address the form was sent from, if known. */
  public Optional<String> ip() {
    return Optional.ofNullable(ipAddress);
  }
}
