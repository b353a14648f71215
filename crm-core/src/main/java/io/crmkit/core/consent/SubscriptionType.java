package io.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.TextPolicy;

/**
 * One kind of message a tenant sends and asks consent for, such as its newsletter: the {@link
 * Purpose} key that consent entries name, and the name people read on forms and preference pages. A
 * tenant defines its own; consent can only be recorded for a defined one.
 *
 * @param purpose the key, never null
 * @param name what people read, one line of 1 to 200 characters; never null
 * @since 0.1
 */
public record SubscriptionType(Purpose purpose, String name) {

  /** The longest name. */
  public static final int MAX_NAME = 200;

  /** Creates a subscription type, checking its name as the type's comment describes. */
  public SubscriptionType {
    requireNonNull(purpose, "purpose");
    TextPolicy.check("subscription type name", requireNonNull(name, "name"), TextPolicy.Kind.LINE);
    checkArgument(
        !name.isBlank() && name.length() <= MAX_NAME,
        "subscription type name must have 1 to %s characters: %s",
        MAX_NAME,
        name.length());
  }
}
