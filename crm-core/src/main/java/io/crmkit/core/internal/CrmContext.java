package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.access.Operation;
import io.crmkit.core.spi.IdGenerator;
import java.time.Clock;
import java.time.Instant;

/**
 * What every feature service of one opened CRM shares: the tenant and actor it acts for, the clock,
 * the id source, the access policy and the transactions.
 *
 * @param tenant the tenant all reads and writes are confined to
 * @param actor the user on whose behalf commands run (recorded as "by" in histories)
 * @param clock the only source of time
 * @param ids the source of new ids
 * @param access the host's access policy
 * @param transactions runs commands atomically and publishes their events
 * @since 0.1
 */
public record CrmContext(
    TenantId tenant,
    UserId actor,
    Clock clock,
    IdGenerator ids,
    AccessPolicy access,
    Transactions transactions) {

  public CrmContext {
    requireNonNull(tenant, "tenant");
    requireNonNull(actor, "actor");
    requireNonNull(clock, "clock");
    requireNonNull(ids, "ids");
    requireNonNull(access, "access");
    requireNonNull(transactions, "transactions");
  }

  /** Returns the current instant by the CRM's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** Returns the same context acting for another tenant and actor. */
  public CrmContext forTenant(TenantId otherTenant, UserId otherActor) {
    return new CrmContext(otherTenant, otherActor, clock, ids, access, transactions);
  }

  /**
   * Throws unless the actor may perform {@code operation} on {@code target} owned by {@code owner}.
   */
  public void check(
      Operation operation, RecordRef target, @org.jspecify.annotations.Nullable UserId owner) {
    access.check(actor, operation, target, owner);
  }
}
