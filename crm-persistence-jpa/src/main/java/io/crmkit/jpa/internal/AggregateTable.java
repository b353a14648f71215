package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of one aggregate's table by tenant and id: load one, check the version a writer expects,
 * and keep ids unique in the tenant. The other things repositories do alike with their rows have
 * classes of their own: {@link OwnerLookup}, {@link UniqueKeys} and {@link KeysetSearch}.
 *
 * @param <E> the entity
 */
public final class AggregateTable<E extends AggregateRow> {

  private final Class<E> type;
  private final String kind;

  /**
   * @param type the entity class
   * @param kind the kind of record in error messages ({@code contact})
   */
  public AggregateTable(Class<E> type, String kind) {
    this.type = requireNonNull(type, "type");
    this.kind = requireNonNull(kind, "kind");
  }

  /** Returns the row of {@code tenant} with {@code id}. */
  public Optional<E> find(EntityManager em, TenantId tenant, UUID id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    return Optional.ofNullable(em.find(type, new TenantScopedId(tenant.value(), id)));
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

  /**
   * Changes {@code current} into {@code wanted} in place, so that JPA writes only the difference.
   */
  public static <T> void replace(Collection<T> current, Collection<T> wanted) {
    current.retainAll(wanted);
    current.addAll(wanted);
  }
}
