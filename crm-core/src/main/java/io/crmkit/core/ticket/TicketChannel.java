package io.crmkit.core.ticket;

/**
 * The way a request reached the support team.
 *
 * @since 0.1
 */
public enum TicketChannel {
  /** An email to the support address. */
  EMAIL,
  /** A phone call. */
  PHONE,
  /** A chat conversation. */
  CHAT,
  /** A form on the host's site. */
  WEB_FORM,
  /** A social network message or mention. */
  SOCIAL,
  /** Another system, through the host's API. */
  API
}
