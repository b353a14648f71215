package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one table that the schema keeps unique in a tenant (external ids, in the key table or
 * in a table of their own): which row holds a key, and the checks that refuse a key another row
 * holds before the database has to. The entity has the attribute {@code keys} (a collection of
 * {@link SearchKey}s) or {@code externalKeys} (of external id keys).
 *
 * @param <E> the entity
 */
public final class UniqueKeys<E extends AggregateRow> {

  private final Class<E> type;
  private final String entityName;
  private final String kind;

  /**
   * @param type the entity class
   * @param kind the kind of record in error messages ({@code contact})
   */
  public UniqueKeys(Class<E> type, String kind) {
    this.type = requireNonNull(type, "type");
    this.entityName = AggregateRow.entityName(type);
    this.kind = requireNonNull(kind, "kind");
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
}
