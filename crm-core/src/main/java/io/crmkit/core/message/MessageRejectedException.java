package io.crmkit.core.message;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;

/**
 * A gateway's refusal to take a message: permanent when the recipient can never be reached this way
 * (an address the receiving server does not know: a hard bounce, which a sender records as such),
 * temporary when the same message may go through later (a server down, a rate limit).
 *
 * @since 0.1
 */
public final class MessageRejectedException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final MessageId messageId;
  private final String recipient;
  private final boolean permanent;

  /**
   * @param messageId crmkit's id of the refused message, never null
   * @param recipient the address the message was for, never null
   * @param permanent whether sending again can never succeed
   * @param reason the gateway's words for the refusal, never null
   */
  public MessageRejectedException(
      MessageId messageId, String recipient, boolean permanent, String reason) {
    this(messageId, recipient, permanent, reason, null);
  }

  /**
   * @param messageId crmkit's id of the refused message, never null
   * @param recipient the address the message was for, never null
   * @param permanent whether sending again can never succeed
   * @param reason the gateway's words for the refusal, never null
   * @param cause the failure of the provider's client that revealed it, or null
   */
  public MessageRejectedException(
      MessageId messageId,
      String recipient,
      boolean permanent,
      String reason,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(
        (permanent ? "permanently" : "temporarily")
            + " rejected message "
            + requireNonNull(messageId, "messageId")
            + " to "
            + requireNonNull(recipient, "recipient")
            + ": "
            + requireNonNull(reason, "reason"),
        cause);
    this.messageId = messageId;
    this.recipient = recipient;
    this.permanent = permanent;
  }

  /** Returns crmkit's id of the refused message. */
  public MessageId messageId() {
    return messageId;
  }

  /** Returns the address the message was for. */
  public String recipient() {
    return recipient;
  }

  /** Returns whether sending the message again can never succeed: a hard bounce. */
  public boolean permanent() {
    return permanent;
  }
}
