package io.crmkit.core.message;

/**
 * The way a message reaches its recipient: decides the address it goes to and the parts it has.
 *
 * @since 0.1
 */
public enum MessageChannel {
  /** An email: to an email address, with a subject, a plain-text part and an optional HTML part. */
  EMAIL,
  /** A text message: to a phone number in E.164 form, with a plain text only. */
  SMS
}
