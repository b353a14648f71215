package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.StoragePort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's workflow rules, by name. Rules are configuration that the host defines when it
 * starts (in every instance), as it configures SLA policies, so every storage keeps them in memory.
 * Thread-safe.
 */
public final class RuleBook {

  /** The storage port of the rule book. */
  public static final StoragePort<RuleBook> PORT =
      StoragePort.of(RuleBook.class, "workflow rules", RuleBook::new);

  private final Map<TenantId, Map<String, WorkflowRule>> byTenant = new ConcurrentHashMap<>();

  /** Returns the rule book of {@code storage}, if it keeps ports of modules. */
  public static Optional<RuleBook> of(CrmStorage storage) {
    try {
      return Optional.of(storage.port(PORT));
    } catch (UnsupportedOperationException keepsNoPorts) {
      return Optional.empty();
    }
  }

  /** Defines {@code rule}, replacing the tenant's rule of the same name. */
  public void define(TenantId tenant, WorkflowRule rule) {
    requireNonNull(rule, "rule");
    byTenant.compute(
        requireNonNull(tenant, "tenant"),
        (t, rules) -> {
          Map<String, WorkflowRule> copy =
              rules == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rules);
          copy.put(rule.name(), rule);
          return Map.copyOf(copy);
        });
  }

  /** Removes the tenant's rule named {@code name}; returns whether there was one. */
  public boolean remove(TenantId tenant, String name) {
    boolean[] removed = new boolean[1];
    byTenant.computeIfPresent(
        tenant,
        (t, rules) -> {
          Map<String, WorkflowRule> copy = new LinkedHashMap<>(rules);
          removed[0] = copy.remove(name) != null;
          return Map.copyOf(copy);
        });
    return removed[0];
  }

  /** Returns the tenant's rules, by name. */
  public List<WorkflowRule> rules(TenantId tenant) {
    return byTenant.getOrDefault(tenant, Map.of()).values().stream()
        .sorted(java.util.Comparator.comparing(WorkflowRule::name))
        .toList();
  }

  /** Returns the tenant's rule named {@code name}. */
  public Optional<WorkflowRule> rule(TenantId tenant, String name) {
    return Optional.ofNullable(byTenant.getOrDefault(tenant, Map.of()).get(name));
  }
}
