package io.crmkit.core.spi;

import io.crmkit.core.message.DeliveryReceipt;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.OutboundMessage;

/**
 * The port through which crmkit's messages leave the process: the host's way of sending an email or
 * an SMS (an SMTP server, an email or SMS provider's API). crmkit composes the message; the gateway
 * only delivers it, and never decides whether it may be sent (a sender asks consent first).
 *
 * <p>crm-mail's {@code SmtpMessageGateway} sends email over SMTP with Jakarta Mail; {@code
 * io.crmkit.core.memory.InMemoryMessageGateway} records what it is given, for tests and examples.
 * Set the CRM's gateway with {@code CrmBuilder.messageGateway}.
 *
 * <p>Implementations are thread-safe: several senders may call them at once.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface MessageGateway {

  /** A gateway for CRMs that send nothing: every message is refused. */
  MessageGateway NONE =
      message -> {
        throw new UnsupportedOperationException(
            "no message gateway: set one with CrmBuilder.messageGateway(..) to send message "
                + message.id());
      };

  /**
   * Hands {@code message} over for delivery and returns the provider's receipt once it has taken
   * it. Delivery itself may still fail later; the host reports that back by the provider's id.
   *
   * @param message the message, never null; the gateway writes its headers as given
   * @throws MessageRejectedException if the provider refuses the message, permanently or not
   * @throws UnsupportedOperationException if the gateway does not serve the message's channel
   */
  DeliveryReceipt send(OutboundMessage message);
}
