package io.crmkit.core.message;

import io.crmkit.core.contact.ContactId;

/**
 * The source of each recipient's {@link UnsubscribeLink}: what a sender of marketing messages
 * passes to {@link MessageService#composer} so that every message carries the one-click unsubscribe
 * headers of RFC 8058 and a link in its body.
 *
 * <p>The link holds whatever the host's unsubscribe endpoint needs to withdraw consent without a
 * login; normally a signed token from the consent ledger, bound to the tenant, the contact, the
 * channel and the purpose the campaign asks consent for. A campaign sender makes one for its
 * channel and purpose:
 *
 * <pre>{@code
 * UnsubscribeLinks links = contact -> new UnsubscribeLink(
 *     URI.create("https://crm.example.com/unsubscribe?t=" + tokenFor(contact)),
 *     URI.create("mailto:unsubscribe@example.com?subject=" + tokenFor(contact)));
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface UnsubscribeLinks {

  /**
   * Returns where {@code contact} unsubscribes from the messages being sent.
   *
   * @param contact the recipient, a contact of the acting tenant; never null
   */
  UnsubscribeLink linkFor(ContactId contact);
}
