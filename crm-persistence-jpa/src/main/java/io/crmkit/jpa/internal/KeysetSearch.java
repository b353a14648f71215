package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The searches of one table: the rows of a tenant that meet a repository's conditions, among them
 * {@code exists} lookups in the key table, in id order from a page's cursor on (keyset, never
 * offset). The entity has the attribute {@code keys} (a collection of {@link SearchKey}s) for the
 * key conditions.
 *
 * @param <E> the entity
 */
public final class KeysetSearch<E extends AggregateRow> {

  private final JpaSession session;
  private final Class<E> type;

  /**
   * @param session the units of work the searches run in
   * @param type the entity class
   */
  public KeysetSearch(JpaSession session, Class<E> type) {
    this.session = requireNonNull(session, "session");
    this.type = requireNonNull(type, "type");
  }

  /** Returns the condition that the row has search key {@code field = value}. */
  public Predicate hasKey(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<E> row, String field, String value) {
    return hasKeyWhere(cb, query, row, field, stored -> cb.equal(stored, SearchKeys.exact(value)));
  }

  /**
   * Returns the condition that the row has a search key {@code field} starting with {@code prefix}.
   */
  public Predicate hasKeyStarting(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<E> row, String field, String prefix) {
    return hasKeyWhere(
        cb, query, row, field, stored -> cb.like(stored, SearchKeys.likePrefix(prefix), '\\'));
  }

  /** Returns the condition that the row has a search key {@code field} whose value meets one. */
  private Predicate hasKeyWhere(
      CriteriaBuilder cb,
      CriteriaQuery<?> query,
      Root<E> row,
      String field,
      Function<Path<String>, Predicate> value) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Join<E, SearchKey> key = sub.correlate(row).join("keys");
    sub.select(cb.literal(1))
        .where(cb.equal(key.get("field"), field), value.apply(key.get("value")));
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

    /** Adds the conditions on {@code row} of the query {@code select} to {@code where}. */
    void addTo(List<Predicate> where, CriteriaBuilder cb, CriteriaQuery<E> select, Root<E> row);
  }

  /**
   * Returns a page of the rows of {@code tenant} that meet {@code filter}, in id order from {@code
   * page}'s cursor on (keyset, never offset), read by {@code read}: one query of one row more than
   * the page, to know whether more follow.
   */
  public <A extends Aggregate<?>> Page<A> search(
      TenantId tenant, PageRequest page, Filter<E> filter, Function<E, A> read) {
    requireNonNull(tenant, "tenant");
    requireNonNull(page, "page");
    UUID after = page.cursor().map(Cursors::idAfter).orElse(null);
    return session.apply(
        em -> {
          CriteriaBuilder cb = em.getCriteriaBuilder();
          CriteriaQuery<E> select = cb.createQuery(type);
          Root<E> row = select.from(type);
          List<Predicate> where = new ArrayList<>();
          filter.addTo(where, cb, select, row);
          where.add(cb.equal(row.get("tenant"), tenant.value()));
          if (after != null) {
            where.add(cb.greaterThan(row.<UUID>get("id"), after));
          }
          select.select(row).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(row.get("id")));
          List<E> rows = em.createQuery(select).setMaxResults(page.size() + 1).getResultList();
          return page(rows, page.size(), read, aggregate -> aggregate.id().toString());
        });
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
}
