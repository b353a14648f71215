package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.spi.ReasonRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reason catalogues in memory, per tenant and catalogue, by code.
 *
 * @since 0.1
 */
public final class InMemoryReasonRepository implements ReasonRepository {

  private final InMemoryStore store;
  private final Map<TenantId, Map<ReasonCatalogue, TreeMap<String, Reason>>> reasons =
      new HashMap<>();

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryReasonRepository(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public List<Reason> findAll(TenantId tenant, ReasonCatalogue catalogue) {
    return store.read(
        () ->
            List.copyOf(
                reasons
                    .getOrDefault(tenant, Map.of())
                    .getOrDefault(catalogue, new TreeMap<>())
                    .values()));
  }

  @Override
  public Optional<Reason> find(TenantId tenant, ReasonCatalogue catalogue, String code) {
    return store.read(
        () ->
            Optional.ofNullable(
                reasons
                    .getOrDefault(tenant, Map.of())
                    .getOrDefault(catalogue, new TreeMap<>())
                    .get(code)));
  }

  @Override
  public void save(TenantId tenant, ReasonCatalogue catalogue, Reason reason) {
    Reason[] previous = new Reason[1];
    store.write(
        () -> previous[0] = byCode(tenant, catalogue).put(reason.code(), reason),
        () -> {
          if (previous[0] == null) {
            byCode(tenant, catalogue).remove(reason.code());
          } else {
            byCode(tenant, catalogue).put(reason.code(), previous[0]);
          }
        });
  }

  @Override
  public boolean remove(TenantId tenant, ReasonCatalogue catalogue, String code) {
    Reason[] removed = new Reason[1];
    store.write(
        () -> removed[0] = byCode(tenant, catalogue).remove(code),
        () -> {
          if (removed[0] != null) {
            byCode(tenant, catalogue).put(code, removed[0]);
          }
        });
    return removed[0] != null;
  }

  private TreeMap<String, Reason> byCode(TenantId tenant, ReasonCatalogue catalogue) {
    return reasons
        .computeIfAbsent(tenant, t -> new HashMap<>())
        .computeIfAbsent(catalogue, c -> new TreeMap<>());
  }
}
