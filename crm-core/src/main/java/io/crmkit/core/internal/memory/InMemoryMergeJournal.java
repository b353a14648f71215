package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeEntry;
import io.crmkit.core.merge.MergeId;
import io.crmkit.core.spi.MergeJournal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The merge journal in memory, covered by the store's units of work; entries in id order, which is
 * time order for time-ordered ids.
 */
public final class InMemoryMergeJournal implements MergeJournal {

  private static final String KIND = "merge";

  private final InMemoryStore store;
  private final Map<TenantId, TreeMap<MergeId, MergeEntry>> entries = new HashMap<>();

  /**
   * @param store the store whose units of work cover this journal
   */
  public InMemoryMergeJournal(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public Optional<MergeEntry> find(TenantId tenant, MergeId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    return store.read(() -> Optional.ofNullable(of(tenant).get(id)));
  }

  @Override
  public List<MergeEntry> findByContact(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return store.read(
        () -> of(tenant).values().stream().filter(entry -> entry.involves(contact)).toList());
  }

  @Override
  public void insert(MergeEntry entry) {
    requireNonNull(entry, "entry");
    store.write(
        () -> {
          if (of(entry.tenant()).containsKey(entry.id())) {
            throw new DuplicateException(KIND, "id", entry.id().toString(), entry.id().toString());
          }
          of(entry.tenant()).put(entry.id(), entry);
        },
        () -> of(entry.tenant()).remove(entry.id()));
  }

  @Override
  public void update(MergeEntry entry, long expectedVersion) {
    requireNonNull(entry, "entry");
    MergeEntry[] previous = new MergeEntry[1];
    store.write(
        () -> {
          MergeEntry stored = of(entry.tenant()).get(entry.id());
          if (stored == null) {
            throw new NotFoundException(KIND, entry.id());
          }
          if (stored.version() != expectedVersion) {
            throw new ConcurrentUpdateException(KIND, entry.id(), expectedVersion);
          }
          previous[0] = stored;
          of(entry.tenant()).put(entry.id(), entry);
        },
        () -> {
          if (previous[0] != null) {
            of(entry.tenant()).put(entry.id(), previous[0]);
          }
        });
  }

  @Override
  public boolean delete(TenantId tenant, MergeId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    MergeEntry[] removed = new MergeEntry[1];
    store.write(
        () -> {
          removed[0] = of(tenant).remove(id);
        },
        () -> {
          if (removed[0] != null) {
            of(tenant).put(id, removed[0]);
          }
        });
    return removed[0] != null;
  }

  private TreeMap<MergeId, MergeEntry> of(TenantId tenant) {
    return entries.computeIfAbsent(tenant, any -> new TreeMap<>());
  }
}
