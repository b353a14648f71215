package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The part every aggregate's repository shares: find a row by tenant and id, insert a new aggregate
 * whose id is free, update one at the version its writer read, and delete one. Each subclass
 * implements a port of crm-core with these and its own queries, and checks the keys the schema
 * keeps unique in {@link #requireKeysFree}.
 *
 * @param <A> the aggregate
 * @param <I> its id
 * @param <E> its row
 */
public abstract class JpaAggregateRepository<
    A extends Aggregate<I>, I extends Comparable<I>, E extends AggregateRow> {

  /** The units of work the repository runs in. */
  protected final JpaSession session;

  private final String kind;
  private final Class<E> type;
  private final Supplier<E> newRow;
  private final Function<I, UUID> idValue;
  private final BiConsumer<A, E> write;
  private final Function<E, A> read;

  /**
   * @param session the units of work the repository runs in
   * @param kind the kind of record in error messages ({@code contact})
   * @param type the entity class
   * @param newRow makes an empty row
   * @param idValue the row id of an aggregate id
   * @param write copies an aggregate into its row, all but the key and the version
   * @param read rebuilds the aggregate stored in a row
   */
  protected JpaAggregateRepository(
      JpaSession session,
      String kind,
      Class<E> type,
      Supplier<E> newRow,
      Function<I, UUID> idValue,
      BiConsumer<A, E> write,
      Function<E, A> read) {
    this.session = requireNonNull(session, "session");
    this.kind = requireNonNull(kind, "kind");
    this.type = requireNonNull(type, "type");
    this.newRow = requireNonNull(newRow, "newRow");
    this.idValue = requireNonNull(idValue, "idValue");
    this.write = requireNonNull(write, "write");
    this.read = requireNonNull(read, "read");
  }

  /** Returns the aggregate of {@code tenant} with {@code id}. */
  public Optional<A> find(TenantId tenant, I id) {
    requireNonNull(id, "id");
    return session.apply(em -> row(em, tenant, idValue.apply(id)).map(read));
  }

  /**
   * Inserts {@code aggregate}, whose id and unique keys must be free in its tenant.
   *
   * @throws DuplicateException if its id or a unique key is taken
   */
  public void insert(A aggregate) {
    requireNonNull(aggregate, kind);
    session.apply(
        em -> {
          UUID id = idValue.apply(aggregate.id());
          if (row(em, aggregate.tenant(), id).isPresent()) {
            throw new DuplicateException(kind, "id", id, id);
          }
          requireKeysFree(em, aggregate);
          E row = newRow(aggregate);
          em.persist(row);
          if (aggregate.version() != 1) {
            keepVersion(em, row, aggregate.version());
          }
          return null;
        });
  }

  /**
   * Makes the new {@code row} keep {@code version}, the version of an aggregate stored after it
   * changed (a restored or copied record). Hibernate writes the version a new row holds, but
   * EclipseLink writes every new row at version 1 (and leaves the entity's field as it was): the
   * row is flushed, set to its version with an update that the version check does not see, and read
   * again. Two statements more, for inserts of aggregates past their first version only.
   */
  private void keepVersion(EntityManager em, E row, long version) {
    session.flush(em, "inserting " + kind + " " + row.id());
    em.createQuery(
            "update "
                + AggregateRow.entityName(type)
                + " r set r.version = :version where r.tenant = :tenant and r.id = :id")
        .setParameter("version", version)
        .setParameter("tenant", row.tenant().value())
        .setParameter("id", row.id())
        .executeUpdate();
    em.refresh(row);
  }

  /**
   * Writes {@code aggregate} over its row, which must be at {@code expectedVersion}. The version
   * check runs now, not at commit, so that the caller hears of a conflict at once.
   *
   * @throws NotFoundException if the tenant has no such row
   * @throws ConcurrentUpdateException if the row is at another version
   * @throws DuplicateException if a unique key is taken by another row
   */
  public void update(A aggregate, long expectedVersion) {
    requireNonNull(aggregate, kind);
    session.apply(
        em -> {
          E row = current(em, aggregate.tenant(), aggregate.id(), expectedVersion);
          requireKeysFree(em, aggregate);
          write.accept(aggregate, row);
          session.flush(em, "updating " + kind + " " + aggregate.id());
          return null;
        });
  }

  /**
   * Deletes the row of {@code tenant} with {@code id}, which must be at {@code expectedVersion}:
   * the delete of the ports that have one.
   *
   * @throws NotFoundException if the tenant has no such row
   * @throws ConcurrentUpdateException if the row is at another version
   */
  protected void remove(TenantId tenant, I id, long expectedVersion) {
    requireNonNull(id, "id");
    session.apply(
        em -> {
          em.remove(current(em, tenant, id, expectedVersion));
          session.flush(em, "deleting " + kind + " " + id);
          return null;
        });
  }

  /**
   * Throws unless the keys of {@code aggregate} that the schema keeps unique in its tenant are
   * free, but for its own row: called by {@link #insert} and {@link #update} before they write.
   * Nothing to check by default.
   *
   * @throws DuplicateException naming a key taken
   */
  protected void requireKeysFree(EntityManager em, A aggregate) {}

  /** Returns the aggregate stored in {@code row}. */
  protected final A read(E row) {
    return read.apply(row);
  }

  /**
   * Returns the owners of the aggregates of {@code tenant} among {@code ids} as {@code lookup}
   * reads them, those found only: the batched reading of the ports' {@code findOwners}.
   */
  protected final Map<I, UserId> owners(OwnerLookup lookup, TenantId tenant, Collection<I> ids) {
    requireNonNull(tenant, "tenant");
    requireNonNull(ids, "ids");
    return session.apply(em -> lookup.owners(em, tenant, ids, this::rowId));
  }

  /** Returns the row id of the aggregate id {@code id}. */
  protected final UUID rowId(I id) {
    return idValue.apply(id);
  }

  /** Returns the new, unpersisted row of {@code aggregate}. */
  protected final E newRow(A aggregate) {
    E row = newRow.get();
    row.identify(aggregate.tenant(), idValue.apply(aggregate.id()), aggregate.version());
    write.accept(aggregate, row);
    return row;
  }

  private Optional<E> row(EntityManager em, TenantId tenant, UUID id) {
    requireNonNull(tenant, "tenant");
    return Optional.ofNullable(em.find(type, new TenantScopedId(tenant.value(), id)));
  }

  private E current(EntityManager em, TenantId tenant, I id, long expectedVersion) {
    UUID value = idValue.apply(id);
    E row = row(em, tenant, value).orElseThrow(() -> new NotFoundException(kind, value));
    if (row.storedVersion() != expectedVersion) {
      throw new ConcurrentUpdateException(kind, value, expectedVersion);
    }
    return row;
  }
}
