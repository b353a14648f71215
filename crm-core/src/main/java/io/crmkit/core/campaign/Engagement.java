package io.crmkit.core.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event the provider reported about a recipient's message: what happened, when, and for a click
 * which link.
 *
 * @param kind what happened; never null
 * @param at when it happened, by the provider; never null
 * @param link the link followed, for a click; null otherwise
 * @since 0.1
 */
public record Engagement(EngagementKind kind, Instant at, @Nullable String link) {

  /** Creates an {@code Engagement}, checking its components as the type's comment describes. */
  public Engagement {
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
  }
}
