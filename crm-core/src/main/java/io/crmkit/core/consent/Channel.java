package io.crmkit.core.consent;

/**
 * A way of reaching a person that consent is given for separately: agreeing to newsletters by email
 * says nothing about text messages.
 *
 * @since 0.1
 */
public enum Channel {
  /** Email, to the contact's primary email address. */
  EMAIL,
  /** Text messages, to the contact's primary phone number. */
  SMS,
  /** Calls, to the contact's primary phone number. */
  PHONE,
  /** Letters, to the contact's first postal address. */
  POST
}
