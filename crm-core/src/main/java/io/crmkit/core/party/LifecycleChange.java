package io.crmkit.core.party;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of lifecycle stage, kept so that funnels and conversion times can be reported.
 *
 * @param from the stage before, or null for the first stage a record was given
 * @param to the stage after
 * @param at when it changed
 * @param by who changed it
 * @since 0.1
 */
public record LifecycleChange(
    @Nullable LifecycleStage from, LifecycleStage to, Instant at, UserId by) {

  /** Creates a {@code LifecycleChange}, checking its components as the type's comment describes. */
  public LifecycleChange {
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
  }
}
