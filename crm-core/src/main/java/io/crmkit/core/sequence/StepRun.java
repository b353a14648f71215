package io.crmkit.core.sequence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One step of an enrollment that ran: which step, when, and what it did.
 *
 * @param step the step's position in the sequence, from 0
 * @param at when it ran
 * @param outcome what it did, in a few words ({@code emailed}, {@code task created}, {@code
 *     skipped: NO_CONSENT}...)
 * @param emailed whether an automated email was handed to the gateway
 * @since 0.1
 */
public record StepRun(int step, Instant at, String outcome, boolean emailed) {

  public StepRun {
    checkArgument(step >= 0, "step must not be negative: %s", step);
    requireNonNull(at, "at");
    requireNonNull(outcome, "outcome");
  }
}
