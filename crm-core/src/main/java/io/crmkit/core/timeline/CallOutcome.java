package io.crmkit.core.timeline;

/**
 * How a phone call ended.
 *
 * @since 0.1
 */
public enum CallOutcome {
  /** The other side answered and the parties spoke. */
  CONNECTED,
  /** Nobody answered and a message was left. */
  LEFT_VOICEMAIL,
  /** Nobody answered and no message was left. */
  NO_ANSWER,
  /** The line was busy. */
  BUSY,
  /** The number did not reach the person called. */
  WRONG_NUMBER
}
