package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one aggregate type, partitioned by tenant, with the behaviour of a database table:
 * version checks, unique keys, secondary indexes in a stable order and keyset paging. All access
 * goes through the {@link InMemoryStore}'s locks and undo log.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @since 0.1
 */
public final class InMemoryTable<I extends Comparable<I>, A extends Aggregate<I>> {

  private final String kind;
  private final InMemoryStore store;
  private final KeysetOrder<A, I> idOrder;
  private final List<UniqueKey<A>> uniqueKeys;
  private final Map<String, IndexDefinition<A, ?>> indexes = new HashMap<>();
  private final Map<TenantId, Partition> partitions = new HashMap<>();

  /**
   * @param kind the kind of record, used in error messages ({@code contact})
   * @param store the store whose unit of work covers this table
   * @param idOrder the order by id, used for paging without an index
   * @param uniqueKeys the unique keys
   * @param indexes the secondary indexes
   */
  public InMemoryTable(
      String kind,
      InMemoryStore store,
      KeysetOrder<A, I> idOrder,
      List<UniqueKey<A>> uniqueKeys,
      List<IndexDefinition<A, ?>> indexes) {
    this.kind = requireNonNull(kind, "kind");
    this.store = requireNonNull(store, "store");
    this.idOrder = requireNonNull(idOrder, "idOrder");
    this.uniqueKeys = List.copyOf(uniqueKeys);
    for (IndexDefinition<A, ?> index : indexes) {
      this.indexes.put(index.name(), index);
    }
  }

  /** Returns the aggregate of {@code tenant} with {@code id}. */
  public Optional<A> find(TenantId tenant, I id) {
    return store.read(() -> Optional.ofNullable(existing(tenant).rows.get(id)));
  }

  /** Returns the aggregate of {@code tenant} that holds {@code value} of unique key {@code key}. */
  public Optional<A> findUnique(TenantId tenant, String key, String value) {
    return store.read(
        () -> {
          Partition partition = existing(tenant);
          return Optional.ofNullable(partition.unique.getOrDefault(key, Map.of()).get(value));
        });
  }

  /** Returns the number of aggregates of {@code tenant}. */
  public int count(TenantId tenant) {
    return store.read(() -> existing(tenant).rows.size());
  }

  /**
   * Adds a new aggregate.
   *
   * @throws DuplicateException if its id or one of its unique values is taken in its tenant
   */
  public void insert(A aggregate) {
    store.write(
        () -> {
          Partition partition = partition(aggregate.tenant());
          if (partition.rows.containsKey(aggregate.id())) {
            throw new DuplicateException(kind, "id", aggregate.id(), aggregate.id());
          }
          partition.checkUnique(aggregate);
          partition.add(aggregate);
        },
        () -> partition(aggregate.tenant()).remove(aggregate));
  }

  /**
   * Adds new aggregates, all or none: in the current unit of work, or in one of their own.
   *
   * @throws DuplicateException if an id or unique value repeats among them or is taken in its
   *     tenant
   */
  public void insertAll(List<A> aggregates) {
    store.execute(
        () -> {
          aggregates.forEach(this::insert);
          return null;
        });
  }

  /**
   * Replaces the stored version {@code expectedVersion} of the aggregate by {@code updated}.
   *
   * @throws NotFoundException if there is no such aggregate in its tenant
   * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
   * @throws DuplicateException if {@code updated} takes a unique value held by another aggregate
   */
  public void update(A updated, long expectedVersion) {
    TenantId tenant = updated.tenant();
    @SuppressWarnings("unchecked")
    A[] previous = (A[]) new Aggregate<?>[1];
    store.write(
        () -> {
          Partition partition = partition(tenant);
          A current = partition.rows.get(updated.id());
          if (current == null) {
            throw new NotFoundException(kind, updated.id());
          }
          if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException(kind, updated.id(), expectedVersion);
          }
          if (updated.version() != expectedVersion + 1) {
            throw new IllegalArgumentException(
                kind
                    + " "
                    + updated.id()
                    + ": a new state must have version "
                    + (expectedVersion + 1)
                    + ", not "
                    + updated.version());
          }
          partition.remove(current);
          try {
            partition.checkUnique(updated);
          } catch (DuplicateException taken) {
            partition.add(current);
            throw taken;
          }
          partition.add(updated);
          previous[0] = current;
        },
        () -> {
          Partition partition = partition(tenant);
          partition.remove(updated);
          partition.add(previous[0]);
        });
  }

  /**
   * Removes the stored version {@code expectedVersion} of the aggregate {@code id}.
   *
   * @throws NotFoundException if there is no such aggregate in the tenant
   * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
   */
  public void delete(TenantId tenant, I id, long expectedVersion) {
    @SuppressWarnings("unchecked")
    A[] removed = (A[]) new Aggregate<?>[1];
    store.write(
        () -> {
          Partition partition = partition(tenant);
          A current = partition.rows.get(id);
          if (current == null) {
            throw new NotFoundException(kind, id);
          }
          if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException(kind, id, expectedVersion);
          }
          partition.remove(current);
          removed[0] = current;
        },
        () -> partition(tenant).add(removed[0]));
  }

  /** Returns a page of all aggregates of {@code tenant} that pass {@code filter}, by id. */
  public Page<A> page(TenantId tenant, Predicate<? super A> filter, PageRequest request) {
    return store.read(() -> pageById(existing(tenant), filter, request));
  }

  /**
   * Returns a page of the aggregates of {@code tenant} found under {@code key} in index {@code
   * index} that pass {@code filter}, in the index's order.
   */
  public Page<A> page(
      TenantId tenant, String index, String key, Predicate<? super A> filter, PageRequest request) {
    return store.read(() -> pageOfIndex(tenant, definitionOf(index), key, filter, request));
  }

  /**
   * Returns the number of aggregates of {@code tenant} under {@code key} in index {@code index}.
   */
  public int count(TenantId tenant, String index, String key) {
    return store.read(() -> existing(tenant).entries(definitionOf(index)).count(key));
  }

  /**
   * Returns, as a list, the aggregates under {@code key} in index {@code index} from the position
   * {@code from} (inclusive) on, in the index's order, while {@code condition} holds, at most
   * {@code limit} of them.
   */
  public <K> List<A> scan(
      TenantId tenant,
      String index,
      String key,
      @Nullable K from,
      Predicate<? super A> condition,
      int limit) {
    return store.read(
        () -> {
          IndexEntries<K, A> entries = existing(tenant).entries(definitionOf(index));
          Iterator<A> range = entries.iterator(key, from, true);
          List<A> result = new ArrayList<>();
          while (range.hasNext()) {
            A aggregate = range.next();
            if (result.size() == limit || !condition.test(aggregate)) {
              break;
            }
            result.add(aggregate);
          }
          return result;
        });
  }

  /** Returns every aggregate of {@code tenant} in id order, as one consistent snapshot. */
  public List<A> all(TenantId tenant) {
    return store.read(() -> List.copyOf(existing(tenant).rows.values()));
  }

  /** Returns a snapshot of every aggregate of {@code tenant} for which {@code filter} holds. */
  public Stream<A> filter(TenantId tenant, Predicate<? super A> filter) {
    return store
        .read(() -> existing(tenant).rows.values().stream().filter(filter).toList())
        .stream();
  }

  private <K> Page<A> pageOfIndex(
      TenantId tenant,
      IndexDefinition<A, K> index,
      String key,
      Predicate<? super A> filter,
      PageRequest request) {
    IndexEntries<K, A> entries = existing(tenant).entries(index);
    K from = request.cursor().map(index.order()::positionOf).orElse(null);
    return collectPage(entries.iterator(key, from, false), index.order(), filter, request.size());
  }

  private Page<A> pageById(Partition partition, Predicate<? super A> filter, PageRequest request) {
    NavigableMap<I, A> rows = partition.rows;
    NavigableMap<I, A> range =
        request.cursor().map(c -> rows.tailMap(idOrder.positionOf(c), false)).orElse(rows);
    return collectPage(range.values().iterator(), idOrder, filter, request.size());
  }

  /**
   * Takes up to {@code size} candidates that pass the filter, reading one more to know if more
   * follow.
   */
  private static <A> Page<A> collectPage(
      Iterator<A> candidates, KeysetOrder<A, ?> order, Predicate<? super A> filter, int size) {
    List<A> items = new ArrayList<>(Math.min(size, 64));
    PageCursor next = null;
    while (candidates.hasNext()) {
      A aggregate = candidates.next();
      if (!filter.test(aggregate)) {
        continue;
      }
      if (items.size() == size) {
        next = order.cursorAfter(items.get(items.size() - 1));
        break;
      }
      items.add(aggregate);
    }
    return new Page<>(items, next);
  }

  private IndexDefinition<A, ?> definition(String name) {
    IndexDefinition<A, ?> index = indexes.get(name);
    if (index == null) {
      throw new IllegalArgumentException("no index '" + name + "' on " + kind);
    }
    return index;
  }

  @SuppressWarnings("unchecked")
  private <K> IndexDefinition<A, K> definitionOf(String name) {
    return (IndexDefinition<A, K>) definition(name);
  }

  /** Returns the tenant's partition for a write, creating it on the first write. */
  private Partition partition(TenantId tenant) {
    return partitions.computeIfAbsent(tenant, t -> new Partition());
  }

  /** Returns the tenant's partition for a read, which must not change shared maps. */
  private Partition existing(TenantId tenant) {
    Partition partition = partitions.get(tenant);
    return partition == null ? new Partition() : partition;
  }

  /** One tenant's rows and index entries. */
  private final class Partition {
    final TreeMap<I, A> rows = new TreeMap<>();
    // index entries hold the aggregates themselves, so that a page or a lookup reads no second map
    final Map<String, Map<String, A>> unique = new HashMap<>();
    final Map<String, IndexEntries<?, A>> entries = new HashMap<>();

    void checkUnique(A aggregate) {
      for (UniqueKey<A> key : uniqueKeys) {
        Map<String, A> taken = unique.getOrDefault(key.name(), Map.of());
        for (String value : key.values().apply(aggregate)) {
          A holder = taken.get(value);
          if (holder != null && !holder.id().equals(aggregate.id())) {
            throw new DuplicateException(kind, key.name(), value, holder.id());
          }
        }
      }
    }

    void add(A aggregate) {
      rows.put(aggregate.id(), aggregate);
      for (UniqueKey<A> key : uniqueKeys) {
        Map<String, A> taken = unique.computeIfAbsent(key.name(), k -> new HashMap<>());
        for (String value : key.values().apply(aggregate)) {
          taken.put(value, aggregate);
        }
      }
      for (IndexDefinition<A, ?> index : indexes.values()) {
        addEntries(index, aggregate);
      }
    }

    void remove(A aggregate) {
      rows.remove(aggregate.id());
      for (UniqueKey<A> key : uniqueKeys) {
        Map<String, A> taken = unique.get(key.name());
        for (String value : key.values().apply(aggregate)) {
          taken.remove(value, aggregate);
        }
      }
      for (IndexDefinition<A, ?> index : indexes.values()) {
        removeEntries(index, aggregate);
      }
    }

    private <K> void addEntries(IndexDefinition<A, K> index, A aggregate) {
      Collection<String> keys = index.keys().apply(aggregate);
      if (keys.isEmpty()) {
        return;
      }
      IndexEntries<K, A> indexEntries = entries(index, true);
      for (String key : keys) {
        indexEntries.add(key, aggregate);
      }
    }

    private <K> void removeEntries(IndexDefinition<A, K> index, A aggregate) {
      IndexEntries<K, A> indexEntries = entries(index, false);
      for (String key : index.keys().apply(aggregate)) {
        indexEntries.remove(key, aggregate);
      }
    }

    /** Returns the entries of {@code index}, for a read. */
    <K> IndexEntries<K, A> entries(IndexDefinition<A, K> index) {
      return entries(index, false);
    }

    /**
     * Returns the entries of {@code index}; when there are none yet, new ones, kept only if {@code
     * create}: a read must not change the shared maps.
     */
    @SuppressWarnings("unchecked")
    private <K> IndexEntries<K, A> entries(IndexDefinition<A, K> index, boolean create) {
      IndexEntries<?, A> existing = entries.get(index.name());
      if (existing != null) {
        return (IndexEntries<K, A>) existing;
      }
      IndexEntries<K, A> created = new IndexEntries<>(index.order());
      if (create) {
        entries.put(index.name(), created);
      }
      return created;
    }
  }
}
