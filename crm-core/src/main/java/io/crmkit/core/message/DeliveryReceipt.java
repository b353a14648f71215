package io.crmkit.core.message;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;

/**
 * A gateway's acknowledgement that it accepted a message for delivery: crmkit's id of the message
 * and the id the provider gave it, by which the host later reports what became of it (delivered,
 * bounced, opened).
 *
 * @param messageId crmkit's id of the message, never null
 * @param providerMessageId the provider's id of the message (an SMTP {@code Message-ID}, an SMS
 *     provider's message key): 1 to {@value #MAX_PROVIDER_ID} characters, an identifier
 * @since 0.1
 */
public record DeliveryReceipt(MessageId messageId, String providerMessageId) {

  /** The longest provider message id. */
  public static final int MAX_PROVIDER_ID = 500;

  public DeliveryReceipt {
    requireNonNull(messageId, "messageId");
    requireNonNull(providerMessageId, "providerMessageId");
    checkArgument(
        !providerMessageId.isEmpty() && providerMessageId.length() <= MAX_PROVIDER_ID,
        "provider message id must be 1 to %s characters: %s",
        MAX_PROVIDER_ID,
        Quoted.of(providerMessageId));
    TextPolicy.check("provider message id", providerMessageId, TextPolicy.Kind.IDENTIFIER);
  }
}
