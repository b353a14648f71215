package io.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import java.util.Comparator;

/**
 * What one consent is about: one contact, on one channel, for one purpose. The ledger keeps a
 * history per subscription, and its latest entry is the subscription's current state.
 *
 * @param contact the person; never null
 * @param channel how they are reached; never null
 * @param purpose what for; never null
 * @since 0.1
 */
public record Subscription(ContactId contact, Channel channel, Purpose purpose) {

  /** The order in which a contact's subscriptions are listed: by channel, then by purpose. */
  public static final Comparator<Subscription> ORDER =
      Comparator.comparing(Subscription::channel)
          .thenComparing(subscription -> subscription.purpose().value());

  /** Creates a subscription. */
  public Subscription {
    requireNonNull(contact, "contact");
    requireNonNull(channel, "channel");
    requireNonNull(purpose, "purpose");
  }

  /** Returns the subscription of {@code contact} on {@code channel} for {@code purpose}. */
  public static Subscription of(ContactId contact, Channel channel, Purpose purpose) {
    return new Subscription(contact, channel, purpose);
  }
}
