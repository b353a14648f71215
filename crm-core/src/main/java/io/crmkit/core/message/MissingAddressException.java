package io.crmkit.core.message;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;
import io.crmkit.core.contact.ContactId;
import java.util.Locale;

/**
 * A message that cannot be composed because its recipient has no address on its channel: a contact
 * without an email address for an email, without a phone number for an SMS.
 *
 * @since 0.1
 */
public final class MissingAddressException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final ContactId contact;
  private final MessageChannel channel;

  /**
   * @param contact the recipient, never null
   * @param channel the channel it has no address on, never null
   */
  public MissingAddressException(ContactId contact, MessageChannel channel) {
    super(
        "contact "
            + requireNonNull(contact, "contact")
            + " has no "
            + (requireNonNull(channel, "channel") == MessageChannel.EMAIL
                ? "email address"
                : "phone number")
            + " for "
            + channel.name().toLowerCase(Locale.ROOT));
    this.contact = contact;
    this.channel = channel;
  }

  /** Returns the recipient. */
  public ContactId contact() {
    return contact;
  }

  /** Returns the channel it has no address on. */
  public MessageChannel channel() {
    return channel;
  }
}
