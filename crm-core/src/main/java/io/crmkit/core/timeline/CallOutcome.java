package io.crmkit.core.timeline;

/**
 * How a phone call ended.
 *
 * @since 0.1
 */
public enum CallOutcome {
  CONNECTED,
  LEFT_VOICEMAIL,
  NO_ANSWER,
  BUSY,
  WRONG_NUMBER
}
