package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One contact between a customer and the business other than a purchase, counted by kind: an email
 * opened, a page visit, a support ticket, a call.
 *
 * @param kind what kind of interaction it was, 1 to 100 characters, not blank
 * @param at when it happened, never null
 * @since 0.1
 */
public record Interaction(String kind, Instant at) {

  /** Creates an {@code Interaction}, checking its components as the type's comment describes. */
  public Interaction {
    requireNonNull(kind, "interaction kind");
    requireNonNull(at, "interaction instant");
    checkArgument(
        !kind.isBlank() && kind.length() <= 100,
        "interaction kind must be 1 to 100 characters, not blank: '%s'",
        kind);
  }

  /** Returns the interaction of {@code kind} at {@code at}. */
  public static Interaction of(String kind, Instant at) {
    return new Interaction(kind, at);
  }
}
