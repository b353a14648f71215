package io.crmkit.core.message;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;

/**
 * One template, checked and compiled once, ready to compose a message for each of many recipients
 * in the same envelope: what a campaign sender holds while it works through its audience.
 *
 * <p>Each composed message gets a new {@link MessageId}. A marketing envelope adds the recipient's
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} headers
 * (emails) and the unsubscribe link to the body: where the template merges {@code
 * {{unsubscribe.url}}}, or else in a footer after the text (and before the end of the HTML body).
 * Composing sends nothing: the sender asks consent, then hands the message to the {@link
 * io.crmkit.core.spi.MessageGateway}.
 *
 * <p>Not thread-safe unless its template's renderings are: use one per thread.
 *
 * @since 0.1
 */
public interface MessageComposer {

  /** Returns the template, at the version this composer renders. */
  MessageTemplate template();

  /** Returns the envelope the messages go in. */
  Envelope envelope();

  /**
   * Returns the message for contact {@code contact} of the acting tenant.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such contact
   * @throws MissingAddressException if the contact has no email address (or phone number, for an
   *     SMS)
   */
  OutboundMessage compose(ContactId contact);

  /**
   * Returns the message for {@code contact} as the caller read it (in a batch, say), without
   * reading it again.
   *
   * @throws IllegalArgumentException if the contact belongs to another tenant
   * @throws MissingAddressException if the contact has no email address (or phone number, for an
   *     SMS)
   */
  OutboundMessage compose(Contact contact);
}
