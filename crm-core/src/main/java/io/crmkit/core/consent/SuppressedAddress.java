package io.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.net.InternetDomainName;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.internal.Quoted;
import java.util.Locale;

/**
 * An address that the suppression list can hold, in the normal form that makes equal addresses
 * equal: an email address as {@link EmailAddress} normalises it, a phone number in E.164 form, a
 * domain in lowercase. The list keeps the address itself, not the contact, so that it still
 * suppresses after the contact is erased.
 *
 * @param kind what the address is; never null
 * @param value the normalised address; never null
 * @since 0.1
 */
public record SuppressedAddress(SuppressionKind kind, String value) {

  /** Creates an address, checking that {@code value} is in the normal form of {@code kind}. */
  public SuppressedAddress {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    String normal =
        switch (kind) {
          case EMAIL -> EmailAddress.of(value).value();
          case PHONE -> PhoneNumber.parse(value).e164();
          case DOMAIN -> normalDomain(value);
        };
    checkArgument(
        normal.equals(value), "%s address is not in normal form: %s", kind, Quoted.lazy(value));
  }

  /** Returns the email address {@code email}. */
  public static SuppressedAddress email(EmailAddress email) {
    return new SuppressedAddress(SuppressionKind.EMAIL, requireNonNull(email, "email").value());
  }

  /** Returns the phone number {@code phone}. */
  public static SuppressedAddress phone(PhoneNumber phone) {
    return new SuppressedAddress(SuppressionKind.PHONE, requireNonNull(phone, "phone").e164());
  }

  /**
   * Returns the email domain {@code domain}, such as {@code example.com}, in lowercase.
   *
   * @throws IllegalArgumentException if {@code domain} is not a domain name
   */
  public static SuppressedAddress domain(String domain) {
    return new SuppressedAddress(
        SuppressionKind.DOMAIN, normalDomain(requireNonNull(domain, "domain")));
  }

  /** Returns the domain of the email address {@code email}. */
  public static SuppressedAddress domainOf(EmailAddress email) {
    return domain(requireNonNull(email, "email").domain());
  }

  private static String normalDomain(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    checkArgument(
        lower.length() <= 253 && lower.contains("."), "not a domain name: %s", Quoted.lazy(raw));
    try {
      // parsed once: isValid would parse it a second time
      return InternetDomainName.from(lower).toString();
    } catch (IllegalArgumentException notADomain) {
      throw new IllegalArgumentException("not a domain name: " + Quoted.of(raw), notADomain);
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + value;
  }
}
