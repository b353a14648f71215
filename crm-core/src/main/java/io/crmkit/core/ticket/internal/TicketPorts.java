package io.crmkit.core.ticket.internal;

import io.crmkit.core.TenantId;
import io.crmkit.core.spi.SlaPolicyRepository;
import io.crmkit.core.spi.StoragePort;
import io.crmkit.core.ticket.SlaPolicy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The storage ports of the ticket feature beyond its repository. */
public final class TicketPorts {

  /** Each tenant's SLA policies. */
  public static final StoragePort<SlaPolicyRepository> SLA_POLICIES =
      StoragePort.of(SlaPolicyRepository.class, "SLA policies", InMemorySlaPolicies::new);

  private TicketPorts() {}

  /** SLA policies in memory, per tenant; thread-safe. */
  static final class InMemorySlaPolicies implements SlaPolicyRepository {

    private final Map<TenantId, List<SlaPolicy>> byTenant = new ConcurrentHashMap<>();

    @Override
    public List<SlaPolicy> policies(TenantId tenant) {
      return byTenant.getOrDefault(tenant, List.of());
    }

    @Override
    public void replace(TenantId tenant, List<SlaPolicy> policies) {
      byTenant.put(tenant, List.copyOf(policies));
    }
  }
}
