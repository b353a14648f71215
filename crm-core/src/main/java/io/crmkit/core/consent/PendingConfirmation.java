package io.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A double opt-in just asked for: the pending entry recorded in the ledger and the confirmation
 * token to send to the person, which only this value ever holds (the CRM keeps its SHA-256 digest).
 *
 * @param entry the ledger's pending entry; never null
 * @param token the single-use confirmation token, to put in the confirmation link; never null
 * @param expiresAt when the token stops confirming; never null
 * @since 0.1
 */
public record PendingConfirmation(ConsentEntry entry, String token, Instant expiresAt) {

  /** Creates a pending confirmation. */
  public PendingConfirmation {
    requireNonNull(entry, "entry");
    requireNonNull(token, "token");
    requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    // the token is a secret: it stays out of logs
    return "PendingConfirmation[entry=" + entry.id() + ", expiresAt=" + expiresAt + "]";
  }
}
