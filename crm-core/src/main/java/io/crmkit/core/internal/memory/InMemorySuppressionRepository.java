package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.Suppression;
import io.crmkit.core.spi.SuppressionRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The suppression lists in memory, per tenant, covered by the store's units of work. */
public final class InMemorySuppressionRepository implements SuppressionRepository {

  private final InMemoryStore store;
  private final Map<TenantId, Map<SuppressedAddress, Suppression>> lists =
      new ConcurrentHashMap<>();

  /**
   * @param store the store whose units of work cover these lists
   */
  public InMemorySuppressionRepository(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public boolean add(Suppression suppression) {
    requireNonNull(suppression, "suppression");
    Map<SuppressedAddress, Suppression> list = of(suppression.tenant());
    boolean[] added = new boolean[1];
    store.write(
        () -> added[0] = list.putIfAbsent(suppression.address(), suppression) == null,
        () -> {
          if (added[0]) {
            list.remove(suppression.address());
          }
        });
    return added[0];
  }

  @Override
  public boolean remove(TenantId tenant, SuppressedAddress address) {
    requireNonNull(address, "address");
    Map<SuppressedAddress, Suppression> list = of(tenant);
    Suppression[] removed = new Suppression[1];
    store.write(
        () -> removed[0] = list.remove(address),
        () -> {
          if (removed[0] != null) {
            list.put(address, removed[0]);
          }
        });
    return removed[0] != null;
  }

  @Override
  public Optional<Suppression> find(TenantId tenant, SuppressedAddress address) {
    requireNonNull(address, "address");
    return store.read(() -> Optional.ofNullable(of(tenant).get(address)));
  }

  @Override
  public List<Suppression> findAll(TenantId tenant, Collection<SuppressedAddress> addresses) {
    requireNonNull(addresses, "addresses");
    return store.read(
        () -> {
          Map<SuppressedAddress, Suppression> list = of(tenant);
          List<Suppression> found = new ArrayList<>();
          for (SuppressedAddress address : addresses) {
            Suppression suppression = list.get(address);
            if (suppression != null) {
              found.add(suppression);
            }
          }
          return found;
        });
  }

  private Map<SuppressedAddress, Suppression> of(TenantId tenant) {
    return lists.computeIfAbsent(requireNonNull(tenant, "tenant"), any -> new HashMap<>());
  }
}
