package io.crmkit.jpa.internal.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.TicketPosition;
import io.crmkit.core.ticket.TicketQuery;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JPA adapter of {@link TicketRepository}: queues are keyset pages in (due instant, id) order
 * over the indexes on (tenant, team, unsolved, queue due instant, id) and (tenant, assignee,
 * unsolved, queue due instant, id); the SLA due work reads the index on (tenant, SLA check instant,
 * id), which only unsolved tickets with work ahead fill, so finding breaches is an index range
 * scan. Searches filter on the indexed columns in the database and on tags and custom fields, kept
 * in documents, as rows are read.
 */
public final class JpaTicketRepository
    extends JpaAggregateRepository<Ticket, TicketId, TicketEntity> implements TicketRepository {

  /** The entity classes a persistence unit must manage for tickets. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(TicketEntity.class);

  /** The unique constraints of the ticket table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_ticket_pk", TicketEntity.KIND, "id"));

  private static final int SEARCH_BATCH = 200;

  private final KeysetSearch<TicketEntity> searches;
  private final OwnerLookup ownerLookup = new OwnerLookup(TicketEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaTicketRepository(JpaSession session) {
    super(
        session,
        TicketEntity.KIND,
        TicketEntity.class,
        TicketEntity::new,
        TicketId::value,
        TicketMapper::write,
        TicketMapper::read);
    this.searches = new KeysetSearch<>(session, TicketEntity.class);
  }

  @Override
  public Page<Ticket> teamQueue(TenantId tenant, TeamId team, PageRequest page) {
    requireNonNull(team, "team");
    return queue(tenant, "team", team.value(), page);
  }

  @Override
  public Page<Ticket> assignedTo(TenantId tenant, UserId assignee, PageRequest page) {
    requireNonNull(assignee, "assignee");
    return queue(tenant, "assignee", assignee.value(), page);
  }

  private Page<Ticket> queue(TenantId tenant, String column, String key, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(page, "page");
    TicketPosition after = page.cursor().map(JpaTicketRepository::positionOf).orElse(null);
    return session.apply(
        em -> {
          String jpql =
              "select t from CrmTicket t where t.tenant = :tenant and t."
                  + column
                  + " = :key and t.unsolved = true"
                  + (after == null
                      ? ""
                      : " and (t.queueDueAt > :at or (t.queueDueAt = :at and t.id > :id))")
                  + " order by t.queueDueAt, t.id";
          TypedQuery<TicketEntity> query =
              em.createQuery(jpql, TicketEntity.class)
                  .setParameter("tenant", tenant.value())
                  .setParameter("key", key);
          if (after != null) {
            query
                .setParameter("at", StoredInstants.bounded(after.at()))
                .setParameter("id", after.id().value());
          }
          List<TicketEntity> rows = query.setMaxResults(page.size() + 1).getResultList();
          return KeysetSearch.page(
              rows,
              page.size(),
              TicketMapper::read,
              ticket ->
                  new TicketPosition(
                          StoredInstants.bounded(ticket.dueAt().orElse(StoredInstants.LATEST)),
                          ticket.id())
                      .encode());
        });
  }

  private static TicketPosition positionOf(PageCursor cursor) {
    try {
      return TicketPosition.decode(cursor.value());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "page cursor does not belong to this query: '" + cursor.value() + "'", e);
    }
  }

  @Override
  public Page<Ticket> requestedBy(TenantId tenant, ContactId requester, PageRequest page) {
    requireNonNull(requester, "requester");
    return searches.search(
        tenant,
        page,
        (where, cb, select, t) -> where.add(cb.equal(t.get("requester"), requester.value())),
        TicketMapper::read);
  }

  @Override
  public Page<Ticket> search(TenantId tenant, TicketQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    // the indexed criteria in the database; tags and custom fields as rows are read
    List<Ticket> found = new ArrayList<>();
    PageRequest batch =
        page.cursor()
            .map(c -> PageRequest.after(c, SEARCH_BATCH))
            .orElse(PageRequest.first(SEARCH_BATCH));
    while (true) {
      Page<Ticket> read =
          searches.search(
              tenant,
              batch,
              (where, cb, select, t) -> {
                if (query.status() != null) {
                  where.add(cb.equal(t.get("status"), query.status()));
                }
                if (query.priority() != null) {
                  where.add(cb.equal(t.get("priority"), query.priority()));
                }
                if (query.requester() != null) {
                  where.add(cb.equal(t.get("requester"), query.requester().value()));
                }
                if (query.assignee() != null) {
                  where.add(cb.equal(t.get("assignee"), query.assignee().value()));
                }
                if (query.team() != null) {
                  where.add(cb.equal(t.get("team"), query.team().value()));
                }
              },
              TicketMapper::read);
      for (Ticket ticket : read.items()) {
        if (query.matches(ticket)) {
          found.add(ticket);
          if (found.size() > page.size()) {
            return pageOf(found, page.size());
          }
        }
      }
      if (!read.hasNext()) {
        return pageOf(found, page.size());
      }
      batch = PageRequest.after(read.nextCursor().orElseThrow(), SEARCH_BATCH);
    }
  }

  private static Page<Ticket> pageOf(List<Ticket> found, int size) {
    return KeysetSearch.page(found, size, t -> t, t -> t.id().toString());
  }

  @Override
  public List<Ticket> dueBy(TenantId tenant, Instant at, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(at, "at");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return session.apply(
        em ->
            em
                .createQuery(
                    "select t from CrmTicket t where t.tenant = :tenant"
                        + " and t.slaCheckAt is not null and t.slaCheckAt <= :at"
                        + " order by t.slaCheckAt, t.id",
                    TicketEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("at", StoredInstants.bounded(at))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(TicketMapper::read)
                .toList());
  }

  @Override
  public Map<TicketId, UserId> findOwners(TenantId tenant, Collection<TicketId> ids) {
    return owners(ownerLookup, tenant, ids);
  }

  @Override
  public void delete(TenantId tenant, TicketId id, long expectedVersion) {
    requireNonNull(id, "id");
    remove(tenant, id, expectedVersion);
  }
}
