package io.crmkit.core.consent;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.ContactId;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The consent of the tenant's contacts to be sent messages, and the one place that decides whether
 * a message may be sent: {@link #maySend}. Reached as {@code crm.consent()}.
 *
 * <p><b>Every sender asks {@link #maySend} (or {@link #allowed} for a batch) immediately before it
 * hands a message to the gateway</b>, not when it plans the send: a person who unsubscribed a
 * second ago must not be written to. The answer is evaluated at the CRM clock's instant.
 *
 * <pre>{@code
 * Purpose newsletter = crm.consent().defineType(Purpose.of("newsletter"), "Newsletter").purpose();
 * Subscription ana = Subscription.of(anaId, Channel.EMAIL, newsletter);
 * PendingConfirmation asked = crm.consent().requestConfirmation(
 *     ana, ConsentSource.FORM, ConsentEvidence.of("Send me the newsletter", "footer", ip),
 *     Duration.ofDays(7));
 * // the link in the confirmation email carries asked.token()
 * crm.consent().confirm(asked.token(), ConsentEvidence.of("", "confirmation page", ip));
 * if (crm.consent().maySend(ana).allowed()) { ... }
 * }</pre>
 *
 * <p>Every command taking a contact id checks it against the acting tenant and throws {@link
 * io.crmkit.core.NotFoundException} for a contact the tenant does not have. The token commands
 * ({@link #confirm}, {@link #unsubscribe}) need no login: they act in the tenant the token names.
 *
 * @since 0.1
 */
public interface ConsentService {

  /** The longest a confirmation token may stay valid. */
  Duration MAX_CONFIRMATION_VALIDITY = Duration.ofDays(30);

  /**
   * Defines one of the tenant's subscription types, or renames it if its purpose is defined
   * already.
   *
   * @param purpose the key consent entries name; never null
   * @param name what people read; never null
   * @return the type as stored
   * @throws IllegalArgumentException if the name is blank, too long or holds a control character
   */
  SubscriptionType defineType(Purpose purpose, String name);

  /** Returns the tenant's subscription types, in purpose order. */
  List<SubscriptionType> types();

  /**
   * Records that the person's consent is granted, from now on.
   *
   * @param subscription the contact, channel and purpose; never null
   * @param basis the legal basis; never null
   * @param source where the consent came from; never null
   * @param evidence what proves it; never null
   * @return the ledger entry recorded
   * @throws io.crmkit.core.ValidationException naming {@code purpose} if the tenant defines no such
   *     subscription type
   */
  ConsentEntry grant(
      Subscription subscription, LegalBasis basis, ConsentSource source, ConsentEvidence evidence);

  /**
   * Starts a double opt-in: records a pending entry, which stops sending until the person confirms
   * (even if consent was granted before), and returns the single-use confirmation token to send to
   * the person. Only the token's SHA-256 digest is stored.
   *
   * @param subscription the contact, channel and purpose; never null
   * @param source where the sign-up came from; never null
   * @param evidence what the person was shown and sent; never null
   * @param validFor how long the token confirms, 1 minute to {@link #MAX_CONFIRMATION_VALIDITY}
   * @throws io.crmkit.core.ValidationException naming {@code purpose} or {@code validFor}
   */
  PendingConfirmation requestConfirmation(
      Subscription subscription, ConsentSource source, ConsentEvidence evidence, Duration validFor);

  /**
   * Confirms a double opt-in with the token sent to the person: records a grant on the legal basis
   * of consent, with the evidence of the confirmation, in the tenant the token names.
   *
   * @param token the token from {@link PendingConfirmation#token()}; never null
   * @param evidence what proves the confirmation (the page, the IP address); never null
   * @return the grant recorded
   * @throws ConsentTokenException if the token is unknown, used already, or expired
   */
  ConsentEntry confirm(String token, ConsentEvidence evidence);

  /**
   * Records that the person withdrew their consent, from now on. Always works, whatever the current
   * state (even never asked), with one call.
   *
   * @param subscription the contact, channel and purpose; never null
   * @param source where the withdrawal came from; never null
   * @return the ledger entry recorded
   */
  ConsentEntry withdraw(Subscription subscription, ConsentSource source);

  /**
   * Unsubscribes the person from everything: withdraws every subscription of the contact that is
   * not withdrawn already, and puts the contact's email addresses and phone numbers on the
   * suppression list ({@link SuppressionReason#UNSUBSCRIBED_ALL}), so that no message reaches them
   * even after the contact is erased.
   *
   * @param contact the person; never null
   * @param source where the request came from; never null
   * @return the withdrawals recorded, in subscription order
   */
  List<ConsentEntry> withdrawAll(ContactId contact, ConsentSource source);

  /** Returns the current state of a subscription: its latest ledger entry, if any. */
  Optional<ConsentEntry> current(Subscription subscription);

  /** Returns the current state of every subscription the contact has an entry for. */
  List<ConsentEntry> current(ContactId contact);

  /** Returns a page of the contact's ledger, newest entry first. */
  Page<ConsentEntry> history(ContactId contact, PageRequest page);

  /**
   * Puts an address or domain on the tenant's suppression list; one already there keeps its first
   * reason.
   *
   * @return the list's entry for the address
   */
  Suppression suppress(SuppressedAddress address, SuppressionReason reason);

  /**
   * Takes an address or domain off the tenant's suppression list.
   *
   * @return whether it was there
   */
  boolean unsuppress(SuppressedAddress address);

  /** Returns the suppression list's entry for an address or domain, if it is there. */
  Optional<Suppression> suppression(SuppressedAddress address);

  /**
   * Decides whether a message may be sent to the contact on the channel for the purpose now, by the
   * CRM's clock: yes only if the contact has an address for the channel, the address (and, for
   * email, its domain) is not suppressed, and the subscription's latest ledger entry grants
   * consent.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such contact
   * @throws io.crmkit.core.ValidationException naming {@code purpose} if the tenant defines no such
   *     subscription type
   */
  SendDecision maySend(Subscription subscription);

  /**
   * Returns those of {@code contacts} that {@link #maySend} would allow now on {@code channel} for
   * {@code purpose}: the bulk form for audiences. Ids the tenant has no contact for are left out.
   * Reads in batches of {@link io.crmkit.core.PageRequest#MAX_SIZE} contacts, a fixed number of
   * reads per batch.
   *
   * @throws io.crmkit.core.ValidationException naming {@code purpose} if the tenant defines no such
   *     subscription type
   */
  Set<ContactId> allowed(Collection<ContactId> contacts, Channel channel, Purpose purpose);

  /**
   * Returns the signed token of the subscription's unsubscribe link, for the {@code
   * List-Unsubscribe} header and the link in a message's footer: an HMAC-SHA256 over the tenant,
   * contact, channel and purpose with the host's secret, which {@link #unsubscribe} verifies
   * without login. It does not expire.
   *
   * @throws IllegalStateException if the CRM was built without an unsubscribe secret
   */
  String unsubscribeToken(Subscription subscription);

  /**
   * Withdraws the subscription a signed unsubscribe token names, in the tenant it names: one click,
   * no login. Idempotent: a subscription withdrawn already stays as it is and its current entry is
   * returned.
   *
   * @return the current (withdrawn) entry
   * @throws ConsentTokenException if the token's signature does not match
   * @throws IllegalStateException if the CRM was built without an unsubscribe secret
   */
  ConsentEntry unsubscribe(String token);
}
