package io.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * An entry of a tenant's suppression list: an address or domain that is never contacted, whatever
 * the consent ledger says, why, since when and put there by whom.
 *
 * @param tenant the tenant whose list holds it; never null
 * @param address the suppressed address or domain; never null
 * @param reason why; never null
 * @param at since when; never null
 * @param by who put it there; never null
 * @since 0.1
 */
public record Suppression(
    TenantId tenant, SuppressedAddress address, SuppressionReason reason, Instant at, UserId by) {

  /** Creates a suppression entry. */
  public Suppression {
    requireNonNull(tenant, "tenant");
    requireNonNull(address, "address");
    requireNonNull(reason, "reason");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
  }
}
