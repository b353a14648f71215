package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterables;
import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every aggregate's repository does the same way with its rows: load one by tenant and id,
 * check the version a writer expects, keep ids and external ids unique in the tenant, look up
 * search keys and cut result lists into keyset pages. An entity used here has the attributes {@code
 * tenant} and {@code id} (its {@link TenantScopedId}), and, for the key lookups, {@code keys} (a
 * collection of {@link SearchKey}s) or {@code externalKeys}.
 *
 * @param <E> the entity
 */
public final class AggregateTable<E extends StoredAggregate> {

  /**
   * Ids per query of {@link #owners}, whose ids are nearly all found. H2 checks each row it finds
   * against the whole IN list again, one value after another, so a list costs the square of its
   * length: over JDBC, the owners of 20,000 contacts of the H2 demo database took 99 to 162 ms in
   * lists of 500 and 43 to 97 ms in lists of 100 (four runs each).
   */
  static final int OWNERS_PER_QUERY = 100;

  /**
   * Ids per query of {@link #existing}, whose ids are new and nearly all not found, so that no row
   * is checked against the list: an IN list every supported database plans well.
   */
  static final int IDS_PER_EXISTENCE_CHECK = 500;

  private final Class<E> type;
  private final String entityName;
  private final String kind;

  /**
   * @param type the entity class
   * @param entityName its JPA entity name
   * @param kind the kind of record in error messages ({@code contact})
   */
  public AggregateTable(Class<E> type, String entityName, String kind) {
    this.type = requireNonNull(type, "type");
    this.entityName = requireNonNull(entityName, "entityName");
    this.kind = requireNonNull(kind, "kind");
  }

  /** Returns the row of {@code tenant} with {@code id}. */
  public Optional<E> find(EntityManager em, TenantId tenant, UUID id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    return Optional.ofNullable(em.find(type, new TenantScopedId(tenant.value(), id)));
  }

  /**
   * Returns the owner of the row of {@code tenant} with {@code id}, read from its {@code owner}
   * column alone: access checks on linked records need no more.
   *
   * <p>Asked for every activity logged, so it first reads the table without flushing the unit's
   * pending writes, which spares the provider a check of every entity it holds. That reading can
   * only miss a row the unit inserted and has not yet flushed (updates and deletes are flushed by
   * the calls that make them), so a miss is asked again with the usual flush.
   */
  public Optional<UserId> owner(EntityManager em, TenantId tenant, UUID id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    Optional<UserId> written = owner(em, tenant, id, FlushModeType.COMMIT);
    return written.isPresent() ? written : owner(em, tenant, id, FlushModeType.AUTO);
  }

  /**
   * Returns the owners of the rows of {@code tenant} among {@code ids}, by id, rows not found left
   * out: {@link #owner} for a batch, {@value #OWNERS_PER_QUERY} ids per query, read first without
   * the flush and again with it for the ids missed.
   *
   * @param value the row id of an aggregate id
   */
  public <I> Map<I, UserId> owners(
      EntityManager em, TenantId tenant, Collection<I> ids, Function<I, UUID> value) {
    requireNonNull(tenant, "tenant");
    Map<UUID, I> byValue = new HashMap<>();
    ids.forEach(id -> byValue.put(value.apply(id), id));
    Map<UUID, UserId> owners = new HashMap<>();
    readOwners(em, tenant, byValue.keySet(), OWNERS_PER_QUERY, FlushModeType.COMMIT, owners);
    if (owners.size() < byValue.size()) {
      List<UUID> missed = byValue.keySet().stream().filter(id -> !owners.containsKey(id)).toList();
      readOwners(em, tenant, missed, OWNERS_PER_QUERY, FlushModeType.AUTO, owners);
    }
    Map<I, UserId> byId = new HashMap<>();
    owners.forEach((id, owner) -> byId.put(byValue.get(id), owner));
    return byId;
  }

  /**
   * Returns which of {@code ids} the tenant has rows for, the unit's unflushed rows included. Reads
   * the owners with the ids, which H2 answers from an index led by the id (migration V11) rather
   * than from the primary key positioned by the tenant alone.
   */
  public Set<UUID> existing(EntityManager em, TenantId tenant, Collection<UUID> ids) {
    requireNonNull(tenant, "tenant");
    Map<UUID, UserId> owners = new HashMap<>();
    readOwners(em, tenant, ids, IDS_PER_EXISTENCE_CHECK, FlushModeType.AUTO, owners);
    return owners.keySet();
  }

  private void readOwners(
      EntityManager em,
      TenantId tenant,
      Collection<UUID> ids,
      int idsPerQuery,
      FlushModeType flush,
      Map<UUID, UserId> owners) {
    for (List<UUID> chunk : Iterables.partition(ids, idsPerQuery)) {
      if (chunk.size() == 1) {
        UUID id = chunk.get(0);
        owner(em, tenant, id, flush).ifPresent(owner -> owners.put(id, owner));
        continue;
      }
      em.createQuery(
              "select r.id, r.owner from "
                  + entityName
                  + " r where r.tenant = :tenant and r.id in :ids",
              Object[].class)
          .setParameter("tenant", tenant.value())
          .setParameter("ids", padded(chunk, idsPerQuery))
          .setFlushMode(flush)
          .getResultList()
          .forEach(row -> owners.put((UUID) row[0], UserId.of((String) row[1])));
    }
  }

  /**
   * Returns {@code ids} lengthened to {@code length} by repeating the last one, which matches the
   * same row again. Hibernate keeps one SQL translation per query and translates again whenever a
   * list parameter's length differs from the last call's: with every list at one length, and a
   * single id asked with {@code =}, the batches of a timeline sync and its single entries no longer
   * undo each other's translation (in the H2 demo's year, 34 of 1,091 JFR samples went to it).
   */
  private static List<UUID> padded(List<UUID> ids, int length) {
    List<UUID> padded = new ArrayList<>(length);
    padded.addAll(ids);
    while (padded.size() < length) {
      padded.add(ids.get(ids.size() - 1));
    }
    return padded;
  }

  private Optional<UserId> owner(EntityManager em, TenantId tenant, UUID id, FlushModeType flush) {
    return em
        .createQuery(
            "select r.owner from " + entityName + " r where r.tenant = :tenant and r.id = :id",
            String.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .setFlushMode(flush)
        .getResultList()
        .stream()
        .findFirst()
        .map(UserId::of);
  }

  /**
   * Returns the row of {@code tenant} with {@code id}, which must be at {@code expectedVersion}.
   *
   * @throws NotFoundException if the tenant has no such row
   * @throws ConcurrentUpdateException if the row is at another version
   */
  public E current(EntityManager em, TenantId tenant, UUID id, long expectedVersion) {
    E row = find(em, tenant, id).orElseThrow(() -> new NotFoundException(kind, id));
    if (row.storedVersion() != expectedVersion) {
      throw new ConcurrentUpdateException(kind, id, expectedVersion);
    }
    return row;
  }

  /**
   * Throws unless {@code id} is free in {@code tenant}.
   *
   * @throws DuplicateException if the tenant has a row with that id
   */
  public void requireNewId(EntityManager em, TenantId tenant, UUID id) {
    if (find(em, tenant, id).isPresent()) {
      throw new DuplicateException(kind, "id", id, id);
    }
  }

  /** Returns the row of {@code tenant} that holds external id {@code key}. */
  public Optional<E> holderOfExternalKey(EntityManager em, TenantId tenant, String key) {
    return em
        .createQuery(
            "select r from "
                + entityName
                + " r join r.externalKeys x where r.tenant = :tenant and x = :key",
            type)
        .setParameter("tenant", tenant.value())
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Throws unless no other row of {@code tenant} than {@code id} holds one of {@code externalIds}.
   *
   * @throws DuplicateException naming the first external id taken
   */
  public void requireExternalIdsFree(
      EntityManager em, TenantId tenant, UUID id, Collection<ExternalId> externalIds) {
    for (ExternalId externalId : externalIds) {
      Optional<E> holder = holderOfExternalKey(em, tenant, externalId.key());
      if (holder.isPresent() && !holder.get().aggregateId().equals(id.toString())) {
        throw new DuplicateException(
            kind, "externalId", externalId.key(), holder.get().aggregateId());
      }
    }
  }

  /**
   * Returns the row of {@code tenant} with key {@code field = value} in its key table: for unique
   * keys, such as external ids kept in the key table.
   */
  public Optional<E> holderOfKey(EntityManager em, TenantId tenant, String field, String value) {
    return em
        .createQuery(
            "select r from "
                + entityName
                + " r join r.keys k where r.tenant = :tenant and k.tenant = :tenant"
                + " and k.field = :field and k.value = :value",
            type)
        .setParameter("tenant", tenant.value())
        .setParameter("field", field)
        .setParameter("value", SearchKeys.exact(value))
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Returns the rows of {@code tenant} with one of the keys {@code field = values} in their key
   * table: one query for many unique keys. A row that holds several of them is returned for each.
   */
  public List<E> holdersOfKeys(
      EntityManager em, TenantId tenant, String field, Collection<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from "
                + entityName
                + " r join r.keys k where r.tenant = :tenant and k.tenant = :tenant"
                + " and k.field = :field and k.value in :values",
            type)
        .setParameter("tenant", tenant.value())
        .setParameter("field", field)
        .setParameter("values", values.stream().map(SearchKeys::exact).distinct().toList())
        .getResultList();
  }

  /**
   * Throws unless no row of {@code tenant} other than {@code except} holds one of the keys {@code
   * field = values}: one query for many values, as a bulk insert's check of unique keys. A single
   * value is compared with {@code =}, so that the provider can reuse the query's plan, which it
   * does not for a list parameter.
   *
   * @param key the domain key the field holds, as the exception names it ({@code externalId})
   * @param except the row whose own keys do not count, or null to count every row
   * @throws DuplicateException naming a value taken and its holder
   */
  public void requireKeysFree(
      EntityManager em,
      TenantId tenant,
      String field,
      String key,
      Collection<String> values,
      @Nullable UUID except) {
    if (values.isEmpty()) {
      return;
    }
    List<String> stored = values.stream().map(SearchKeys::exact).distinct().toList();
    boolean single = stored.size() == 1;
    TypedQuery<Object[]> query =
        em.createQuery(
                "select k.value, r.id from "
                    + entityName
                    + " r join r.keys k where r.tenant = :tenant and k.tenant = :tenant"
                    + " and k.field = :field and k.value "
                    + (single ? "= :values" : "in :values")
                    + (except == null ? "" : " and r.id <> :except"),
                Object[].class)
            .setParameter("tenant", tenant.value())
            .setParameter("field", field)
            .setParameter("values", single ? stored.get(0) : stored);
    if (except != null) {
      query.setParameter("except", except);
    }
    List<Object[]> held = query.setMaxResults(1).getResultList();
    if (!held.isEmpty()) {
      throw new DuplicateException(kind, key, held.get(0)[0], held.get(0)[1]);
    }
  }

  /** Returns the condition that the row has search key {@code field = value}. */
  public Predicate hasKey(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<E> row, String field, String value) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Join<E, SearchKey> key = sub.correlate(row).join("keys");
    sub.select(cb.literal(1))
        .where(
            cb.equal(key.get("field"), field), cb.equal(key.get("value"), SearchKeys.exact(value)));
    return cb.exists(sub);
  }

  /**
   * Returns the condition that the row has a search key {@code field} starting with {@code prefix}.
   */
  public Predicate hasKeyStarting(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<E> row, String field, String prefix) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Join<E, SearchKey> key = sub.correlate(row).join("keys");
    sub.select(cb.literal(1))
        .where(
            cb.equal(key.get("field"), field),
            cb.like(key.get("value"), SearchKeys.likePrefix(prefix), '\\'));
    return cb.exists(sub);
  }

  /**
   * The conditions a repository's search puts on a row of its tenant, besides the tenant and the
   * keyset position that {@link #search} adds.
   *
   * @param <E> the entity
   */
  @FunctionalInterface
  public interface Filter<E> {

    /** Returns the conditions on {@code row} of the query {@code select}. */
    List<Predicate> conditions(CriteriaBuilder cb, CriteriaQuery<E> select, Root<E> row);
  }

  /**
   * Returns a page of the rows of {@code tenant} that meet {@code filter}, in id order from {@code
   * page}'s cursor on (keyset, never offset), read by {@code read}: one query of one row more than
   * the page, to know whether more follow.
   */
  public <A extends Aggregate<?>> Page<A> search(
      EntityManager em, TenantId tenant, PageRequest page, Filter<E> filter, Function<E, A> read) {
    UUID after = page.cursor().map(Cursors::idAfter).orElse(null);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<E> select = cb.createQuery(type);
    Root<E> row = select.from(type);
    List<Predicate> where = new ArrayList<>(filter.conditions(cb, select, row));
    where.add(cb.equal(row.get("tenant"), tenant.value()));
    if (after != null) {
      where.add(cb.greaterThan(row.<UUID>get("id"), after));
    }
    select.select(row).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(row.get("id")));
    List<E> rows = em.createQuery(select).setMaxResults(page.size() + 1).getResultList();
    return page(rows, page.size(), read, aggregate -> aggregate.id().toString());
  }

  /**
   * Returns the first {@code size} of {@code rows} (read one more than a page, to know whether more
   * follow) as a page whose cursor is the last item's {@code position}.
   */
  public static <E, A> Page<A> page(
      List<E> rows, int size, Function<E, A> read, Function<A, String> position) {
    List<A> items = rows.stream().limit(size).map(read).toList();
    PageCursor next =
        rows.size() > size ? PageCursor.of(position.apply(items.get(items.size() - 1))) : null;
    return new Page<>(items, next);
  }

  /**
   * Changes {@code current} into {@code wanted} in place, so that JPA writes only the difference.
   */
  public static <T> void replace(Collection<T> current, Collection<T> wanted) {
    current.retainAll(wanted);
    current.addAll(wanted);
  }
}
