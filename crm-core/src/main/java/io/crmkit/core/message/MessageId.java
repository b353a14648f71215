package io.crmkit.core.message;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * crmkit's identity of one outbound message: a time-ordered UUID that correlates what crmkit sent
 * with what the gateway reports back about it (delivery, bounce, open), next to the gateway's own
 * {@linkplain DeliveryReceipt#providerMessageId() provider message id}.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record MessageId(UUID value) implements Comparable<MessageId> {

  public MessageId {
    requireNonNull(value, "message id");
  }

  /** Returns the message id with the given UUID. */
  public static MessageId of(UUID value) {
    return new MessageId(value);
  }

  /**
   * Returns the message id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static MessageId parse(String text) {
    requireNonNull(text, "message id");
    try {
      return new MessageId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a message id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(MessageId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
