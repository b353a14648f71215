package io.crmkit.core.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueState;
import io.crmkit.core.spi.DueWorkRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Due work in memory: per tenant, the items by key and the pending ones in due order. The store
 * runs one unit of work at a time, so a claim needs no lock to keep other runners off its items.
 *
 * @since 0.1
 */
public final class InMemoryDueWorkRepository implements DueWorkRepository {

  private static final Comparator<DueItem> DUE_ORDER =
      Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::key);

  private final InMemoryStore store;
  private final Map<TenantId, Map<String, DueItem>> byKey = new HashMap<>();
  private final Map<TenantId, TreeSet<DueItem>> pending = new HashMap<>();

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryDueWorkRepository(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public boolean add(DueItem item) {
    requireNonNull(item, "item");
    boolean[] added = new boolean[1];
    store.write(
        () -> {
          added[0] = keys(item.tenant()).putIfAbsent(item.key(), item) == null;
          if (added[0] && item.state() == DueState.PENDING) {
            queue(item.tenant()).add(item);
          }
        },
        () -> {
          if (added[0]) {
            keys(item.tenant()).remove(item.key());
            queue(item.tenant()).remove(item);
          }
        });
    return added[0];
  }

  @Override
  public List<DueItem> claim(TenantId tenant, Instant dueBy, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(dueBy, "dueBy");
    checkArgument(limit >= 1 && limit <= 10_000, "claim limit must be 1 to 10000: %s", limit);
    return store.read(
        () ->
            pending.getOrDefault(tenant, new TreeSet<>(DUE_ORDER)).stream()
                .takeWhile(item -> !item.dueAt().isAfter(dueBy))
                .limit(limit)
                .toList());
  }

  @Override
  public Optional<DueItem> claim(TenantId tenant, String key) {
    return find(tenant, key).filter(item -> item.state() == DueState.PENDING);
  }

  @Override
  public void finish(DueItem item) {
    requireNonNull(item, "item");
    DueItem[] before = new DueItem[1];
    store.write(
        () -> {
          before[0] = keys(item.tenant()).get(item.key());
          checkState(
              before[0] != null && before[0].state() == DueState.PENDING,
              "due item %s is not pending",
              item.key());
          keys(item.tenant()).put(item.key(), item);
          queue(item.tenant()).remove(before[0]);
        },
        () -> {
          if (before[0] != null && before[0].state() == DueState.PENDING) {
            keys(item.tenant()).put(item.key(), before[0]);
            queue(item.tenant()).add(before[0]);
          }
        });
  }

  @Override
  public Optional<DueItem> find(TenantId tenant, String key) {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    return store.read(() -> Optional.ofNullable(byKey.getOrDefault(tenant, Map.of()).get(key)));
  }

  @Override
  public List<DueItem> concerning(TenantId tenant, String prefix, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(prefix, "prefix");
    checkArgument(limit >= 1 && limit <= 10_000, "limit must be 1 to 10000: %s", limit);
    return store.read(
        () ->
            byKey.getOrDefault(tenant, Map.of()).values().stream()
                .filter(item -> item.subject().startsWith(prefix))
                .sorted(DUE_ORDER)
                .limit(limit)
                .toList());
  }

  private Map<String, DueItem> keys(TenantId tenant) {
    return byKey.computeIfAbsent(tenant, t -> new HashMap<>());
  }

  private TreeSet<DueItem> queue(TenantId tenant) {
    return pending.computeIfAbsent(tenant, t -> new TreeSet<>(DUE_ORDER));
  }
}
