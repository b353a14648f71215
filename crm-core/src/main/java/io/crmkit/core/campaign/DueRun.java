package io.crmkit.core.campaign;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What one run of the campaigns' due work did: how many campaigns it started and finished, and how
 * many recipients it sent, skipped (no consent or no address at the send instant) or failed.
 *
 * @param started the campaigns whose sending started, zero or more
 * @param sent the messages handed to the gateway, zero or more
 * @param skipped the recipients not sent for want of consent or an address, zero or more
 * @param failed the recipients the gateway refused or an earlier run left claimed, zero or more
 * @param finished the campaigns recorded as sent, zero or more
 * @since 0.1
 */
public record DueRun(int started, int sent, int skipped, int failed, int finished) {

  /** A run that did nothing. */
  public static final DueRun NOTHING = new DueRun(0, 0, 0, 0, 0);

  /** Creates a {@code DueRun}, checking its components as the type's comment describes. */
  public DueRun {
    checkArgument(
        started >= 0 && sent >= 0 && skipped >= 0 && failed >= 0 && finished >= 0,
        "counts must not be negative: %s %s %s %s %s",
        started,
        sent,
        skipped,
        failed,
        finished);
  }

  /** Returns the sum of this run and {@code other}. */
  public DueRun plus(DueRun other) {
    return new DueRun(
        started + other.started,
        sent + other.sent,
        skipped + other.skipped,
        failed + other.failed,
        finished + other.finished);
  }
}
