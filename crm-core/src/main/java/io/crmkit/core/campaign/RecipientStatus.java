package io.crmkit.core.campaign;

/**
 * Where one recipient of a campaign stands: waiting, claimed by a sender, sent, not sent, or how
 * far the provider's events say it got. A recipient only moves forward: its status is the furthest
 * one reached ({@link #rank()}), so that late or repeated events never move it back.
 *
 * @since 0.1
 */
public enum RecipientStatus {
  /** Waiting for its turn. */
  QUEUED(0),
  /** Claimed by a host instance, which is about to send its message. */
  SENDING(1),
  /** Not sent: no consent at the send instant, no address, or the campaign was cancelled. */
  SKIPPED(2),
  /** Not sent: the gateway refused the message, or the sender stopped after claiming it. */
  FAILED(2),
  /** Handed to the gateway. */
  SENT(3),
  /** Accepted by the receiving server. */
  DELIVERED(4),
  /** Not delivered this time. */
  SOFT_BOUNCED(4),
  /** Opened by the recipient. */
  OPENED(5),
  /** A link in it was followed. */
  CLICKED(6),
  /** Answered. */
  REPLIED(7),
  /** Never deliverable to the address. */
  HARD_BOUNCED(8),
  /** The recipient unsubscribed through it. */
  UNSUBSCRIBED(8),
  /** The recipient marked it as spam. */
  COMPLAINED(9);

  private final int rank;

  RecipientStatus(int rank) {
    this.rank = rank;
  }

  /** Returns how far along it is: a recipient's status never moves to a lower rank. */
  public int rank() {
    return rank;
  }

  /** Returns whether the recipient still waits to be handled: queued or claimed. */
  public boolean isOpen() {
    return this == QUEUED || this == SENDING;
  }
}
