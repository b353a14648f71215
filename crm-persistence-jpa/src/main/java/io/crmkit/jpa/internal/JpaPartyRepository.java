package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The part the repositories of contacts and companies, the parties, share besides the rows' common
 * work: tell the owner of one party or of a batch for access checks on the records that link to
 * them, search a tenant's parties with the archived ones left out unless asked, count them and
 * delete one.
 *
 * @param <A> the party
 * @param <I> its id
 * @param <E> its row
 */
public abstract class JpaPartyRepository<
        A extends Aggregate<I>, I extends Comparable<I>, E extends PartyRow>
    extends JpaAggregateRepository<A, I, E> {

  private final OwnerLookup owners;
  private final KeysetSearch<E> searches;
  private final String entityName;

  /**
   * @param session the units of work the repository runs in
   * @param kind the kind of record in error messages ({@code contact})
   * @param type the entity class
   * @param newRow makes an empty row
   * @param idValue the row id of an aggregate id
   * @param write copies an aggregate into its row, all but the key and the version
   * @param read rebuilds the aggregate stored in a row
   */
  protected JpaPartyRepository(
      JpaSession session,
      String kind,
      Class<E> type,
      Supplier<E> newRow,
      Function<I, UUID> idValue,
      BiConsumer<A, E> write,
      Function<E, A> read) {
    super(session, kind, type, newRow, idValue, write, read);
    this.owners = new OwnerLookup(type);
    this.searches = new KeysetSearch<>(session, type);
    this.entityName = AggregateRow.entityName(type);
  }

  /** Returns the owner of the party of {@code tenant} with {@code id}, read from its row alone. */
  public Optional<UserId> findOwner(TenantId tenant, I id) {
    requireNonNull(id, "id");
    return session.apply(em -> owners.owner(em, tenant, rowId(id)));
  }

  /** Returns the owners of the parties of {@code tenant} among {@code ids}, those found only. */
  public Map<I, UserId> findOwners(TenantId tenant, Collection<I> ids) {
    requireNonNull(ids, "ids");
    return session.apply(em -> owners.owners(em, tenant, ids, this::rowId));
  }

  /** Returns how many parties the tenant has, archived ones included. */
  public long count(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em.createQuery(
                    "select count(r) from " + entityName + " r where r.tenant = :tenant",
                    Long.class)
                .setParameter("tenant", tenant.value())
                .getSingleResult());
  }

  /**
   * Deletes the party of {@code tenant} with {@code id}, which must be at {@code expectedVersion}.
   *
   * @throws NotFoundException if the tenant has no such party
   * @throws ConcurrentUpdateException if the party is at another version
   */
  public void delete(TenantId tenant, I id, long expectedVersion) {
    remove(tenant, id, expectedVersion);
  }

  /**
   * Returns a page of the parties of {@code tenant} that meet {@code filter}, in id order, archived
   * ones left out unless {@code includeArchived}: the search of both ports.
   */
  protected final Page<A> searchParties(
      TenantId tenant, boolean includeArchived, PageRequest page, KeysetSearch.Filter<E> filter) {
    return searches.search(
        tenant,
        page,
        (where, cb, select, row) -> {
          if (!includeArchived) {
            where.add(cb.not(row.get("archived")));
          }
          filter.addTo(where, cb, select, row);
        },
        this::read);
  }

  /** Returns the searches of the parties, whose key conditions the subclasses' filters use. */
  protected final KeysetSearch<E> searches() {
    return searches;
  }

  /** Returns the lookup of the parties' owners, which bulk checks of new ids read as well. */
  protected final OwnerLookup owners() {
    return owners;
  }
}
