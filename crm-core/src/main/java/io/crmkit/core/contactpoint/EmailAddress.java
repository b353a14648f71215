package io.crmkit.core.contactpoint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
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
 * <p>An address is an identifier: well-formed text without control characters, bidi controls or
 * zero-width characters, refused before any parsing, so that no two stored addresses look alike.
 *
 * <p>Two addresses are equal when their normal forms are.
 *
 * @since 0.1
 */
public final class EmailAddress {

  private final String value;

  /**
   * Restores an address from its normal form, for example as stored by an adapter.
   *
   * @param value the address in normal form, never null; any other form is refused, so that {@code
   *     new EmailAddress(x)} and {@link #of(String)} never disagree
   * @throws IllegalArgumentException if {@code value} is not a valid address in normal form
   */
  public EmailAddress(String value) {
    requireNonNull(value, "email address");
    String normalised = EmailSyntax.normalise(value);
    checkArgument(
        normalised.equals(value),
        "email address is not in normal form: %s (EmailAddress.of gives %s)",
        Quoted.of(value),
        Quoted.of(normalised));
    this.value = value;
  }

  /** Keeps {@code normalForm}, which {@link EmailSyntax#normalise} has just produced. */
  private EmailAddress(String normalForm, Checked checked) {
    this.value = normalForm;
  }

  /** Marks the constructor that takes an address already checked and normalised. */
  private enum Checked {
    BY_EMAIL_SYNTAX
  }

  /**
   * Returns the address written as {@code raw}, trimmed and normalised.
   *
   * @param raw the address as typed or imported, never null
   * @throws IllegalArgumentException if {@code raw} is blank or not a valid address; the message
   *     names the input and what is wrong with it
   */
  public static EmailAddress of(String raw) {
    // normalising checks everything the public constructor would check again
    return new EmailAddress(EmailSyntax.normalise(raw), Checked.BY_EMAIL_SYNTAX);
  }

  /** Returns the address in normal form, for example {@code ana@bücher.de}. */
  public String value() {
    return value;
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
  public boolean equals(@Nullable Object other) {
    return other instanceof EmailAddress that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the address in normal form, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
