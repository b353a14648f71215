package io.crmkit.core.common;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An email address of a contact or a user: a mailbox to which the CRM can send mail, in the normal
 * form under which two spellings of the same mailbox are equal.
 *
 * <p>The normal form lower-cases an unquoted local part (RFC 5321 leaves its case to the receiving
 * server, but in practice mailboxes are case-insensitive and a CRM must recognise "Ana@" and "ana@"
 * as one person; a quoted local part is kept as given) and stores the domain in lower-case Unicode
 * NFC, so that {@code ana@xn--bcher-kva.de} and {@code ana@BÜCHER.de} are the same address. Domains
 * are converted with {@link java.net.IDN} (IDNA 2003): its mapping rules apply, for example {@code
 * ß} becomes {@code ss}.
 *
 * <p>Accepted syntax is the practical subset of RFC 5321/5322: a dot-atom local part of ASCII
 * characters (no leading, trailing or consecutive dots) or a quoted string, at most 64 characters;
 * a domain of at least two labels of letters, digits and {@code -}, each at most 63 characters,
 * whose top-level label is not all digits; at most 254 characters in all once the domain is
 * encoded. Internationalised local parts (RFC 6531), comments and IP-literal domains are refused.
 *
 * @param value the address in normal form, never null; the constructor refuses any other form so
 *     that {@code new EmailAddress(x)} and {@link #of(String)} never disagree
 * @since 0.1
 */
public record EmailAddress(String value) {

  public EmailAddress {
    requireNonNull(value, "email address");
    String normalised = EmailSyntax.normalise(value);
    checkArgument(
        normalised.equals(value),
        "email address is not in normal form: '%s' (EmailAddress.of gives '%s')",
        value,
        normalised);
  }

  /**
   * Returns the address written as {@code raw}, trimmed and normalised.
   *
   * @param raw the address as typed or imported, never null
   * @throws IllegalArgumentException if {@code raw} is blank or not a valid address; the message
   *     names the input and what is wrong with it
   */
  public static EmailAddress of(String raw) {
    return new EmailAddress(EmailSyntax.normalise(raw));
  }

  /**
   * Returns whether {@link #of(String)} accepts {@code raw}.
   *
   * @param raw the candidate address, may be null (which is not valid)
   */
  public static boolean isValid(@Nullable String raw) {
    if (raw == null) {
      return false;
    }
    try {
      EmailSyntax.normalise(raw);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns the part before the last {@code @}, exactly as given. */
  public String localPart() {
    return value.substring(0, value.lastIndexOf('@'));
  }

  /** Returns the domain in lower-case Unicode NFC form, for example {@code bücher.de}. */
  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  /**
   * Returns the address with its domain in ASCII (punycode) form, for example {@code
   * ana@xn--bcher-kva.de}: the form that mail servers without SMTPUTF8 support accept.
   */
  public String asciiValue() {
    return localPart() + "@" + EmailSyntax.toAscii(domain());
  }

  @Override
  public String toString() {
    return value;
  }
}
