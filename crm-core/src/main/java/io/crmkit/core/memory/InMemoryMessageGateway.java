package io.crmkit.core.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.message.DeliveryReceipt;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.spi.MessageGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message gateway that delivers nothing and remembers everything it accepted, in order: the
 * gateway of tests and examples. It can be told to refuse the messages to an address, temporarily
 * (the provider is down) or permanently (a hard bounce), as a real provider would. Thread-safe.
 *
 * <pre>{@code
 * InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
 * Crm crm = Crm.builder().messageGateway(gateway).build();
 * gateway.bounce(EmailAddress.of("gone@example.com"));
 * }</pre>
 *
 * <p>The provider message id of the n-th accepted message is {@code memory-n}.
 *
 * @since 0.1
 */
public final class InMemoryMessageGateway implements MessageGateway {

  private final List<OutboundMessage> sent = new ArrayList<>();
  private final Map<String, OutboundMessage> byProviderId = new HashMap<>();
  private final Map<String, Boolean> refused = new HashMap<>();
  private long accepted;

  private InMemoryMessageGateway() {}

  /** Returns a new gateway that has accepted nothing and refuses nobody. */
  public static InMemoryMessageGateway create() {
    return new InMemoryMessageGateway();
  }

  @Override
  public synchronized DeliveryReceipt send(OutboundMessage message) {
    requireNonNull(message, "message");
    Boolean permanent = refused.get(message.to());
    if (permanent != null) {
      throw new MessageRejectedException(
          message.id(),
          message.to(),
          permanent,
          permanent ? "the address does not exist (hard bounce)" : "the provider is unavailable");
    }
    sent.add(message);
    accepted++;
    String providerId = "memory-" + accepted;
    byProviderId.put(providerId, message);
    return new DeliveryReceipt(message.id(), providerId);
  }

  /** Refuses every message to {@code address} from now on, permanently: a hard bounce. */
  public void bounce(EmailAddress address) {
    refuse(address.value(), true);
  }

  /** Refuses every SMS to {@code number} from now on, permanently. */
  public void bounce(PhoneNumber number) {
    refuse(number.e164(), true);
  }

  /** Refuses every message to {@code address} from now on, temporarily, until {@link #heal}. */
  public void failFor(EmailAddress address) {
    refuse(address.value(), false);
  }

  /** Accepts messages to {@code address} again. */
  public synchronized void heal(EmailAddress address) {
    refused.remove(address.value());
  }

  private synchronized void refuse(String address, boolean permanent) {
    refused.put(address, permanent);
  }

  /** Returns every message accepted so far, in order. */
  public synchronized List<OutboundMessage> sent() {
    return List.copyOf(sent);
  }

  /** Returns the messages accepted for {@code address}, in order. */
  public synchronized List<OutboundMessage> sentTo(EmailAddress address) {
    return sent.stream().filter(message -> message.to().equals(address.value())).toList();
  }

  /** Returns the message accepted with provider message id {@code providerMessageId}. */
  public synchronized Optional<OutboundMessage> byProviderId(String providerMessageId) {
    return Optional.ofNullable(byProviderId.get(requireNonNull(providerMessageId, "id")));
  }

  /**
   * Forgets every message accepted so far; refusals are kept, and provider ids are never given
   * twice.
   */
  public synchronized void clear() {
    sent.clear();
    byProviderId.clear();
  }
}
