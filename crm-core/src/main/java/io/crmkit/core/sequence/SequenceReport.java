package io.crmkit.core.sequence;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The results of a sales sequence: how many contacts were enrolled, how many are still in it, how
 * many went through every step, why the others left, and what each step did.
 *
 * @param sequence the sequence
 * @param enrolled every enrollment, open or closed
 * @param active the active enrollments
 * @param paused the paused enrollments
 * @param finished the enrollments that ran every step
 * @param exits the exited enrollments by reason (only reasons with at least one)
 * @param steps one line per step, in the sequence's order
 * @since 0.1
 */
public record SequenceReport(
    SequenceId sequence,
    int enrolled,
    int active,
    int paused,
    int finished,
    Map<ExitReason, Integer> exits,
    List<StepReport> steps) {

  public SequenceReport {
    requireNonNull(sequence, "sequence");
    exits = Map.copyOf(exits);
    steps = List.copyOf(steps);
  }

  /** Returns how many enrollments exited because the contact replied. */
  public int replied() {
    return exits.getOrDefault(ExitReason.REPLIED, 0);
  }

  /** Returns how many enrollments exited because a meeting was booked. */
  public int meetings() {
    return exits.getOrDefault(ExitReason.MEETING_BOOKED, 0);
  }

  /**
   * What one step of a sequence did across its enrollments.
   *
   * @param step the step's position, from 0
   * @param reached how many enrollments ran it
   * @param emailed how many automated emails it handed to the gateway
   * @param exitedAfter how many enrollments exited while this step was their next one
   * @since 0.1
   */
  public record StepReport(int step, int reached, int emailed, int exitedAfter) {}
}
