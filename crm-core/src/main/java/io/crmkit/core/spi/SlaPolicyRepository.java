package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.ticket.SlaPolicy;
import java.util.List;

/**
 * The port that keeps each tenant's SLA policies, in the order they are tried. A storage answers it
 * through {@link CrmStorage#port}; by default it is kept in memory.
 *
 * @since 0.1
 */
public interface SlaPolicyRepository {

  /** Returns the policies of {@code tenant}, first tried first; empty if it has none. */
  List<SlaPolicy> policies(TenantId tenant);

  /** Replaces the policies of {@code tenant}. */
  void replace(TenantId tenant, List<SlaPolicy> policies);
}
