package io.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A double opt-in's confirmation as the CRM keeps it: the digest of the token sent, what the token
 * confirms, the pending ledger entry it answers, until when it confirms, and when it was used (a
 * token confirms once).
 *
 * @param tenant the tenant; never null
 * @param tokenDigest the SHA-256 digest of the token, as 64 lowercase hex digits; never null
 * @param subscription what the token confirms; never null
 * @param pending the pending entry recorded when the confirmation was asked for; never null
 * @param expiresAt when the token stops confirming; never null
 * @param usedAt when the token confirmed; null while unused
 * @since 0.1
 */
public record ConsentConfirmation(
    TenantId tenant,
    String tokenDigest,
    Subscription subscription,
    ConsentEntryId pending,
    Instant expiresAt,
    @Nullable Instant usedAt) {

  /** Creates a confirmation, checking the digest's form. */
  public ConsentConfirmation {
    requireNonNull(tenant, "tenant");
    requireNonNull(tokenDigest, "tokenDigest");
    checkArgument(tokenDigest.matches("[0-9a-f]{64}"), "not a token digest");
    requireNonNull(subscription, "subscription");
    requireNonNull(pending, "pending");
    requireNonNull(expiresAt, "expiresAt");
  }

  /** Returns when the token confirmed, if it did. */
  public Optional<Instant> used() {
    return Optional.ofNullable(usedAt);
  }
}
